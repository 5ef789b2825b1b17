package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.SETTING;

import java.util.Optional;

import org.jooq.DSLContext;

/** Named settings (the RulePack and the office's choices), one text value each. */
public final class SettingRepository {
    private final DSLContext dsl;

    public SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_NAME.eq(name))
                .fetchOptional(SETTING.SETTING_VALUE);
    }

    public void put(String name, String value) {
        dsl.mergeInto(SETTING).using(dsl.selectOne())
                .on(SETTING.SETTING_NAME.eq(name))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_NAME, SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
