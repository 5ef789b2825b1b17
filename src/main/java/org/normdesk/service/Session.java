package org.normdesk.service;

import org.normdesk.domain.access.Actor;
import org.normdesk.domain.access.Permission;

/**
 * Who is using one open data folder. Every service reads it for each action: the actor's
 * permissions decide whether the action may run, and the actor's name goes into its audit event.
 * Only {@link UserService} changes it (signing in).
 */
public final class Session {
    private volatile Actor actor;

    private Session(Actor actor) {
        this.actor = actor;
    }

    /**
     * The trusted local system account named {@code name}, with every permission: tests, the program's
     * own upkeep, and a data folder that has no users yet.
     */
    public static Session trusted(String name) {
        return new Session(Actor.system(name));
    }

    public Actor current() {
        return actor;
    }

    /** @throws Actor.AccessDenied when the current actor may not */
    public void require(Permission p) {
        actor.require(p);
    }

    void become(Actor next) {
        this.actor = next;
    }
}
