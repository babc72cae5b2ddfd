/**
 * The ccvc ministry sync client: {@link vn.ccvc.sync.SyncClient} sends confirmed profiles through
 * a pluggable {@link vn.ccvc.sync.spi.SyncTransportProvider}, keeping a durable
 * {@link vn.ccvc.sync.SyncJournal}. {@link vn.ccvc.sync.server.MinistryServer} is a reference
 * ministry endpoint for tests and demos.
 */
module vn.ccvc.syncclient {
  requires transitive vn.ccvc.model;
  requires com.fasterxml.jackson.databind;
  requires dev.failsafe.core;
  requires java.net.http;
  requires jdk.httpserver;
  requires org.slf4j;
  requires static org.jspecify;
  requires static org.junit.jupiter.api;

  exports vn.ccvc.sync;
  exports vn.ccvc.sync.spi;
  exports vn.ccvc.sync.server;
  exports vn.ccvc.sync.server.junit;

  uses vn.ccvc.sync.spi.SyncTransportProvider;

  provides vn.ccvc.sync.spi.SyncTransportProvider with
      vn.ccvc.sync.internal.HttpTransportProvider,
      vn.ccvc.sync.internal.FileExportProvider;
}
