package org.onevisit.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who works at the comprehensive counter besides its clerks, by the centre's choice.
 *
 * @param chiefRepresentativesAtCounter whether a chief representative may also do the counter's work (receive,
 *     notify, accept, refuse…) for cases of their own department's items; off by default, since the reform keeps
 *     intake at the comprehensive counter and decisions behind it (前台综合受理、后台分类审批)
 */
@ConfigurationProperties("onevisit.counter")
public record CounterStaffing(@DefaultValue("false") boolean chiefRepresentativesAtCounter) {
}
