/**
 * One-window intake (一窗受理): a case is received from any channel with one set of materials, checked once
 * against the catalog, and answered at once — accepted with a receipt, told everything missing in one
 * notice, accepted with a pledge (容缺), or refused with reasons (《行政许可法》第三十二条). Intake's part ends at
 * acceptance or refusal: an accepted case is handed to casework, and intake keeps its materials and visits.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.intake;
