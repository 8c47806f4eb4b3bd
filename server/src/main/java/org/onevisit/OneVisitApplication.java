package org.onevisit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** OneVisit (一次办): the integrated government service centre. */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneVisitApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneVisitApplication.class, args);
    }
}
