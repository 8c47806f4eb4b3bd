package org.onevisit.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The centre's front page: what it is and where to find a service. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
