package org.onevisit.catalog;

/** 领域: what a department or partner organisation is responsible for. */
public enum Sector implements Labelled {

    GOVERNMENT_SERVICE(new Names("政务服务管理", "Government services")),
    MARKET_REGULATION(new Names("市场监管", "Market regulation")),
    DEVELOPMENT_REFORM(new Names("发展改革", "Development and reform")),
    NATURAL_RESOURCES(new Names("自然资源和规划", "Natural resources and planning")),
    REAL_ESTATE_REGISTRATION(new Names("不动产登记", "Real-estate registration")),
    ECOLOGY_ENVIRONMENT(new Names("生态环境", "Ecology and environment")),
    WATER_RESOURCES(new Names("水利", "Water resources")),
    HOUSING_CONSTRUCTION(new Names("住房和城乡建设", "Housing and construction")),
    URBAN_MANAGEMENT(new Names("城市管理", "Urban management")),
    PUBLIC_SECURITY(new Names("公安", "Public security")),
    FIRE_RESCUE(new Names("消防救援", "Fire and rescue")),
    HEALTH(new Names("卫生健康", "Health")),
    MEDICAL_INSURANCE(new Names("医疗保障", "Medical insurance")),
    HUMAN_RESOURCES(new Names("人力资源和社会保障", "Human resources and social security")),
    CIVIL_AFFAIRS(new Names("民政", "Civil affairs")),
    EDUCATION(new Names("教育", "Education")),
    TAXATION(new Names("税务", "Taxation")),
    HOUSING_FUND(new Names("住房公积金", "Housing provident fund")),
    TRANSPORT(new Names("交通运输", "Transport")),
    AGRICULTURE(new Names("农业农村", "Agriculture")),
    FORESTRY(new Names("林业", "Forestry")),
    EMERGENCY_MANAGEMENT(new Names("应急管理", "Emergency management")),
    CULTURE_TOURISM(new Names("文化广电旅游体育", "Culture, tourism and sport")),
    METEOROLOGY(new Names("气象", "Meteorology")),
    TOBACCO(new Names("烟草专卖", "Tobacco monopoly")),
    COMMERCE(new Names("商务", "Commerce")),
    OTHER_DEPARTMENT(new Names("其他部门", "Other department")),
    BANK(new Names("银行", "Bank")),
    WATER_SUPPLY(new Names("供水", "Water supply")),
    POWER_SUPPLY(new Names("供电", "Power supply")),
    GAS_SUPPLY(new Names("燃气", "Gas supply")),
    HEATING(new Names("供热", "Heating")),
    TELECOM(new Names("通信广电", "Telecom and broadcasting")),
    BUS(new Names("公交", "Public transport")),
    TRAFFIC_POLICE(new Names("交警", "Traffic police")),
    OTHER_PARTNER(new Names("其他合作单位", "Other partner"));

    private final Names names;

    Sector(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
