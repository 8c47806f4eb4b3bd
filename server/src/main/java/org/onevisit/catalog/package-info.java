/**
 * The service catalog (事项目录 and 实施清单): departments and partner organisations with their counters,
 * service items in published versions with their materials, and bundles (一件事) with their plan of
 * stages; import and export as YAML and Excel.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.catalog;
