package org.normdesk.service;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Password hashes: bcrypt (Bouncy Castle's OpenBSDBCrypt), a fresh 16-byte salt per password, cost
 * 12 (2^12 rounds, a few hundred milliseconds: nothing for one sign-in, much for guessing). The
 * stored text ({@code $2b$12$…}) carries its own salt and cost, so raising the cost later leaves old
 * hashes readable.
 */
final class Passwords {
    static final int COST = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String hash(char[] password) {
        return hash(password, COST);
    }

    static String hash(char[] password, int cost) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password, salt, cost);
    }

    static boolean matches(String hash, char[] password) {
        try {
            return OpenBSDBCrypt.checkPassword(hash, password);
        } catch (IllegalArgumentException damaged) {
            return false; // a hash that is no bcrypt text (edited by hand) lets nobody in
        }
    }
}
