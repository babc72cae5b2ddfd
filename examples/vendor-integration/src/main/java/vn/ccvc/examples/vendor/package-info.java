/**
 * An HR system of a vendor that embeds the SDK: its own JDBC workflow store
 * ({@link vn.ccvc.examples.vendor.JdbcWorkflowStore}), its own sync transport
 * ({@link vn.ccvc.examples.vendor.GatewayTransportProvider}), its own form code that calls the
 * validator ({@link vn.ccvc.examples.vendor.EmployeeForm}), and the program that walks employees
 * through the workflow with them, {@link vn.ccvc.examples.vendor.VendorIntegration}.
 */
@NullMarked
package vn.ccvc.examples.vendor;

import org.jspecify.annotations.NullMarked;
