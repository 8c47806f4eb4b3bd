-- The fields of an item's application form (申请表字段), per published version, and the English names of materials.
-- options: name|nameEn, separated by semicolons, for a field of the type CHOICE; empty otherwise.
ALTER TABLE item_material ADD COLUMN name_en VARCHAR(300) DEFAULT '' NOT NULL;

CREATE TABLE item_form_field (
    code        VARCHAR(50)   NOT NULL,
    version     INTEGER       NOT NULL,
    position    INTEGER       NOT NULL,
    field_key   VARCHAR(32)   NOT NULL,
    label       VARCHAR(50)   NOT NULL,
    label_en    VARCHAR(100)  NOT NULL,
    field_type  VARCHAR(20)   NOT NULL,
    required    BOOLEAN       NOT NULL,
    max_length  INTEGER,
    min_value   BIGINT,
    max_value   BIGINT,
    options     VARCHAR(6000) NOT NULL,
    hint        VARCHAR(200)  NOT NULL,
    hint_en     VARCHAR(400)  NOT NULL,
    PRIMARY KEY (code, version, position),
    FOREIGN KEY (code, version) REFERENCES item_version (code, version)
);
