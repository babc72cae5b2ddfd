package vn.ccvc.model.json;

/** Placeholder until the JSON work lands; replaced whole. */
public final class ProfileCodec {
  private ProfileCodec() {}
}
