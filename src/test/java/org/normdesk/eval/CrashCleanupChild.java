package org.normdesk.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.service.CleanupService;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;

/**
 * The process {@link CleanupCrashTest} kills: takes the open campaign (or creates one over every
 * document still in force), decides each undecided document at random (mostly 继续有效, some 修改,
 * 废止 and 宣布失效), then closes and publishes it. Says {@code CLOSING id items} just before the
 * closing transaction and {@code CLOSED id} after it.
 */
public final class CrashCleanupChild {
    private CrashCleanupChild() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        try (Services services = Services.open(data, Clock.systemDefaultZone(), "crash-test")) {
            CleanupService cleanup = services.cleanup();
            CleanupCampaign campaign = cleanup.openCampaigns().stream().findFirst()
                    .map(CleanupService.OpenCampaign::campaign)
                    .orElseGet(() -> cleanup.create(CleanupCampaign.draft("崩溃测试清理 " + seed, CampaignKind.PERIODIC,
                            null, cleanup.today(), Set.of(), List.of(), "县司法局"), Progress.NONE));
            Random random = new Random(seed);
            Map<CleanupOutcome, List<Long>> undecided = new EnumMap<>(CleanupOutcome.class);
            List<CleanupItem> items = cleanup.items(campaign.id());
            for (CleanupItem item : items) {
                if (!item.decided()) {
                    undecided.computeIfAbsent(pick(random), o -> new ArrayList<>()).add(item.id());
                }
            }
            undecided.forEach((outcome, ids) -> cleanup.decide(campaign.id(), ids,
                    new Decision(outcome, null, outcome == CleanupOutcome.KEEP ? null : "崩溃测试", "县司法局", null)));
            System.out.println("CLOSING " + campaign.id() + " " + items.size());
            System.out.flush();
            cleanup.close(campaign.id(), cleanup.today(), false);
            System.out.println("CLOSED " + campaign.id());
            System.out.flush();
        }
    }

    private static CleanupOutcome pick(Random random) {
        int n = random.nextInt(10);
        return n < 6 ? CleanupOutcome.KEEP : n < 7 ? CleanupOutcome.AMEND : n < 9 ? CleanupOutcome.REPEAL
                : CleanupOutcome.DECLARE_EXPIRED;
    }
}
