-- Demo seedings done once per database (e.g. the demo cases, onevisit.demo-cases): one row a seeding, claimed in the
-- seeding's own transaction through platform.DemoSeeds. A second node starting at the same time waits on the row's
-- lock and finds it claimed once the first commits; a seeding that fails rolls its claim back with it.
CREATE TABLE platform_demo_seed (
    name       VARCHAR(60) NOT NULL PRIMARY KEY,
    last_value BIGINT      NOT NULL
);
