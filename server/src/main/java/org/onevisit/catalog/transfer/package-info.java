/** Reading and writing the whole catalog as YAML and as an Excel workbook (实施清单). */
@org.jspecify.annotations.NullMarked
package org.onevisit.catalog.transfer;
