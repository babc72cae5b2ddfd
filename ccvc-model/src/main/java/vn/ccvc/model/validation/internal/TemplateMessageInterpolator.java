package vn.ccvc.model.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * Message interpolator of the SDK's validator factory: returns each template unchanged.
 * {@link ViolationMapper} builds every message from the template's code with the
 * {@link MessageCatalog}, so looking the template up in a resource bundle and replacing its
 * parameters, as Hibernate Validator's interpolators do for every violation, would be wasted.
 * Stateless and thread-safe.
 */
final class TemplateMessageInterpolator implements MessageInterpolator {

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return messageTemplate;
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return messageTemplate;
  }
}
