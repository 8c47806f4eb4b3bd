package org.onevisit.hall.web;

import java.util.Locale;

import org.onevisit.hall.HallBoard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The hall's display board (大屏), public for the screens in the hall: the counters' current calls and the queues,
 * following the board's stream and speaking each call when the screen's speech is switched on; and the hall's panel
 * for the supervision wall, on the same stream.
 */
@Controller
class BoardPages {

    private final HallBoard board;
    private final BoardStream stream;

    BoardPages(HallBoard board, BoardStream stream) {
        this.board = board;
        this.stream = stream;
    }

    @GetMapping("/hall/board")
    String board(Model model, Locale locale) {
        return page("hall.board.title", model, locale);
    }

    @GetMapping("/hall/wall")
    @PreAuthorize(HallRoles.WATCHES)
    String wall(Model model, Locale locale) {
        return page("hall.wall.title", model, locale);
    }

    /** The board under the title of {@code titleKey}: the hall's screens and the supervision wall show the same. */
    private String page(String titleKey, Model model, Locale locale) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("view", board.view(locale));
        model.addAttribute("boardData", stream.snapshot(locale));
        return "hall/board";
    }
}
