/**
 * Uploaded materials of applicants (申请材料的电子文件): the bytes behind a storage interface, a row per
 * file with its SHA-256, size and the type read from the content itself.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("files")
package org.onevisit.intake.files;
