/** The ccvc credentials module; its API arrives with the issue that builds it. */
module vn.ccvc.credentials {
  requires transitive vn.ccvc.model;
  requires org.slf4j;
  requires static org.jspecify;
}
