/**
 * The civil-servant profile model, its catalogues, validation and JSON format. Entry points:
 * {@link vn.ccvc.model.Profile}, {@link vn.ccvc.model.validation.ProfileValidator},
 * {@link vn.ccvc.model.json.ProfileCodec} and {@link vn.ccvc.model.catalog.Catalogs}.
 */
module vn.ccvc.model {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports vn.ccvc.model;
  exports vn.ccvc.model.catalog;
  exports vn.ccvc.model.json;
  exports vn.ccvc.model.validation;

  opens vn.ccvc.model to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens vn.ccvc.model.validation.internal to org.hibernate.validator;
  // Jackson instantiates the value filter that leaves empty sections out.
  opens vn.ccvc.model.json.internal to com.fasterxml.jackson.databind;
}
