-- The service catalog: departments and their counters, service items in published versions, bundles.

CREATE TABLE department (
    code          VARCHAR(16)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    sector        VARCHAR(40)  NOT NULL,
    credit_code   VARCHAR(18)  NOT NULL UNIQUE,
    phone         VARCHAR(40)  NOT NULL,
    position      INTEGER      NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE counter (
    number          VARCHAR(16)  NOT NULL PRIMARY KEY,
    department_code VARCHAR(16)  NOT NULL REFERENCES department (code),
    name            VARCHAR(200) NOT NULL,
    position        INTEGER      NOT NULL
);

-- One row per item: which version is current, whether it is retired, and the optimistic version.
CREATE TABLE service_item (
    code            VARCHAR(50)  NOT NULL PRIMARY KEY,
    current_version INTEGER      NOT NULL,
    retired         BOOLEAN      NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE,
    retired_by      VARCHAR(100),
    retired_reason  VARCHAR(1000),
    row_version     BIGINT       NOT NULL
);

-- A published version never changes: rows are only ever inserted.
CREATE TABLE item_version (
    code                  VARCHAR(50)   NOT NULL REFERENCES service_item (code),
    version               INTEGER       NOT NULL,
    name                  VARCHAR(300)  NOT NULL,
    name_en               VARCHAR(300)  NOT NULL,
    type                  VARCHAR(40)   NOT NULL,
    department_code       VARCHAR(16)   NOT NULL REFERENCES department (code),
    joint_departments     VARCHAR(400)  NOT NULL,
    served_party          VARCHAR(20)   NOT NULL,
    life_events           VARCHAR(400)  NOT NULL,
    legal_days            INTEGER       NOT NULL,
    legal_unit            VARCHAR(10)   NOT NULL,
    promised_days         INTEGER       NOT NULL,
    promised_unit         VARCHAR(10)   NOT NULL,
    limits_illustrative   BOOLEAN       NOT NULL,
    required_visits       INTEGER       NOT NULL,
    visits_reason         VARCHAR(1000) NOT NULL,
    online_depth          VARCHAR(200)  NOT NULL,
    express_allowed       BOOLEAN       NOT NULL,
    legal_basis           VARCHAR(4000) NOT NULL,
    acceptance_conditions VARCHAR(4000) NOT NULL,
    result_type           VARCHAR(20)   NOT NULL,
    result_name           VARCHAR(300)  NOT NULL,
    published_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (code, version)
);
CREATE INDEX item_version_department ON item_version (department_code);

CREATE TABLE item_material (
    code             VARCHAR(50)   NOT NULL,
    version          INTEGER       NOT NULL,
    position         INTEGER       NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    necessity        VARCHAR(20)   NOT NULL,
    form             VARCHAR(30)   NOT NULL,
    copy_kind        VARCHAR(30)   NOT NULL,
    originals        INTEGER       NOT NULL,
    copies           INTEGER       NOT NULL,
    source           VARCHAR(30)   NOT NULL,
    certificate_type VARCHAR(200)  NOT NULL,
    note             VARCHAR(2000) NOT NULL,
    PRIMARY KEY (code, version, position),
    FOREIGN KEY (code, version) REFERENCES item_version (code, version)
);

CREATE TABLE item_fee (
    code      VARCHAR(50)   NOT NULL,
    version   INTEGER       NOT NULL,
    position  INTEGER       NOT NULL,
    name      VARCHAR(300)  NOT NULL,
    standard  VARCHAR(1000) NOT NULL,
    basis     VARCHAR(1000) NOT NULL,
    waivable  BOOLEAN       NOT NULL,
    PRIMARY KEY (code, version, position),
    FOREIGN KEY (code, version) REFERENCES item_version (code, version)
);

CREATE TABLE item_special_procedure (
    code      VARCHAR(50)   NOT NULL,
    version   INTEGER       NOT NULL,
    position  INTEGER       NOT NULL,
    kind      VARCHAR(30)   NOT NULL,
    max_days  INTEGER,
    note      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (code, version, position),
    FOREIGN KEY (code, version) REFERENCES item_version (code, version)
);

CREATE TABLE bundle (
    code            VARCHAR(50)   NOT NULL PRIMARY KEY,
    name            VARCHAR(300)  NOT NULL,
    name_en         VARCHAR(300)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    life_events     VARCHAR(400)  NOT NULL,
    lead_department VARCHAR(16)   NOT NULL REFERENCES department (code),
    position        INTEGER       NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE TABLE bundle_stage (
    bundle_code VARCHAR(50)  NOT NULL REFERENCES bundle (code),
    position    INTEGER      NOT NULL,
    stage_key   VARCHAR(30)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    items       VARCHAR(2000) NOT NULL,
    after_keys  VARCHAR(400) NOT NULL,
    joint       VARCHAR(30)  NOT NULL,
    PRIMARY KEY (bundle_code, position),
    UNIQUE (bundle_code, stage_key)
);
