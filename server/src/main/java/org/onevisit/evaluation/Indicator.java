package org.onevisit.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The national indicators (评价指标) a rating's reasons are chosen from, for online and for offline service. They are
 * the national template's and may not be added to or removed locally; a bad rating names at least one of those of its
 * channel.
 */
public enum Indicator {
    /** 整体满意度, online and offline. */
    OVERALL(true, true),
    /** 办事效率 (online). */
    EFFICIENCY(true, false),
    /** 办事指南精确度 (online). */
    GUIDE_ACCURACY(true, false),
    /** 办事便捷度 (online). */
    CONVENIENCE(true, false),
    /** 平台操作性 (online). */
    PLATFORM_USABILITY(true, false),
    /** 服务效率 (offline). */
    SERVICE_EFFICIENCY(false, true),
    /** 服务水平 (offline). */
    SERVICE_LEVEL(false, true),
    /** 服务态度 (offline). */
    SERVICE_ATTITUDE(false, true);

    private final boolean online;
    private final boolean offline;

    Indicator(boolean online, boolean offline) {
        this.online = online;
        this.offline = offline;
    }

    /** Whether the indicator is one of the channel's. */
    public boolean of(RatingChannel channel) {
        return channel.online() ? online : offline;
    }

    /** The indicators of the channel, in the template's order. */
    public static List<Indicator> forChannel(RatingChannel channel) {
        return Arrays.stream(values()).filter(i -> i.of(channel)).toList();
    }
}
