package org.onevisit.hall.web;

import java.util.Locale;

import org.onevisit.hall.HallBoard;
import org.onevisit.platform.JsonApi;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The display board's state and its live stream, public like the screens in the hall (numbers only, no names). */
@JsonApi("/api/v1/hall/board")
@Tag(name = "Hall", description = "办事大厅：预约时段、取号、叫号")
class BoardApi {

    private final HallBoard board;
    private final BoardStream stream;

    BoardApi(HallBoard board, BoardStream stream) {
        this.board = board;
        this.stream = stream;
    }

    @GetMapping
    @Operation(summary = "Anyone: each counter's current call and each type's waiting count and estimated wait")
    HallBoard.View view(Locale locale) {
        return board.view(locale);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Anyone: the board as server-sent events — board (the state on opening), then call "
            + "{seq, number, type, counter, recall, at, waiting, estimatedMinutes} and queue {seq, type, waiting, estimatedMinutes}, each "
            + "with its sequence number as id; a comment every 20 seconds")
    SseEmitter stream(Locale locale) {
        return stream.subscribe(locale);
    }
}
