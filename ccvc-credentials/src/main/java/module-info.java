/**
 * Initial credentials and the first-login password policy; the API is the package
 * {@link vn.ccvc.credentials}.
 */
module vn.ccvc.credentials {
  requires transitive vn.ccvc.model;
  requires org.slf4j;
  requires static org.jspecify;

  exports vn.ccvc.credentials;
}
