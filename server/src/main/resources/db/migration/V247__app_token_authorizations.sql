-- The authorizations and consents of the apps' token login (OAuth 2.1, docs/adr/0043), kept for every node: the
-- tables of Spring Authorization Server's JDBC services, with types that H2 and PostgreSQL both take. Its shipped
-- schema has 'blob' (PostgreSQL has none: text there) and 'timestamp' (timestamptz there, so that instants stay
-- instants): here unbounded varchar, read and written as strings and comparable on both, and timestamps with time zone.
CREATE TABLE oauth2_authorization (
    id varchar(100) NOT NULL,
    registered_client_id varchar(100) NOT NULL,
    principal_name varchar(200) NOT NULL,
    authorization_grant_type varchar(100) NOT NULL,
    authorized_scopes varchar(1000) DEFAULT NULL,
    attributes varchar DEFAULT NULL,
    state varchar(500) DEFAULT NULL,
    authorization_code_value varchar DEFAULT NULL,
    authorization_code_issued_at timestamp with time zone DEFAULT NULL,
    authorization_code_expires_at timestamp with time zone DEFAULT NULL,
    authorization_code_metadata varchar DEFAULT NULL,
    access_token_value varchar DEFAULT NULL,
    access_token_issued_at timestamp with time zone DEFAULT NULL,
    access_token_expires_at timestamp with time zone DEFAULT NULL,
    access_token_metadata varchar DEFAULT NULL,
    access_token_type varchar(100) DEFAULT NULL,
    access_token_scopes varchar(1000) DEFAULT NULL,
    oidc_id_token_value varchar DEFAULT NULL,
    oidc_id_token_issued_at timestamp with time zone DEFAULT NULL,
    oidc_id_token_expires_at timestamp with time zone DEFAULT NULL,
    oidc_id_token_metadata varchar DEFAULT NULL,
    refresh_token_value varchar DEFAULT NULL,
    refresh_token_issued_at timestamp with time zone DEFAULT NULL,
    refresh_token_expires_at timestamp with time zone DEFAULT NULL,
    refresh_token_metadata varchar DEFAULT NULL,
    user_code_value varchar DEFAULT NULL,
    user_code_issued_at timestamp with time zone DEFAULT NULL,
    user_code_expires_at timestamp with time zone DEFAULT NULL,
    user_code_metadata varchar DEFAULT NULL,
    device_code_value varchar DEFAULT NULL,
    device_code_issued_at timestamp with time zone DEFAULT NULL,
    device_code_expires_at timestamp with time zone DEFAULT NULL,
    device_code_metadata varchar DEFAULT NULL,
    PRIMARY KEY (id)
);

-- the lookups of a token request: by state (the consent), by code (the exchange), by refresh token (the refresh)
CREATE INDEX oauth2_authorization_state ON oauth2_authorization (state);
CREATE INDEX oauth2_authorization_code ON oauth2_authorization (authorization_code_value);
CREATE INDEX oauth2_authorization_refresh ON oauth2_authorization (refresh_token_value);
CREATE INDEX oauth2_authorization_principal ON oauth2_authorization (principal_name);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id varchar(100) NOT NULL,
    principal_name varchar(200) NOT NULL,
    authorities varchar(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);
