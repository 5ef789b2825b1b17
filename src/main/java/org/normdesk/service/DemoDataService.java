package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.Submission;
import org.normdesk.service.DemoCounty.IssuerSpec;
import org.normdesk.service.DemoCounty.Topic;

/**
 * Fills the register with a realistic demo county (清河县, see {@link DemoCounty}): 41 issuers and a
 * few hundred documents spread over the years since 2015 and over all stages. Older documents are
 * entered as published (some expired by date, some repealed or declared expired in a cleanup);
 * recent ones are created as drafts and moved along the real {@link org.normdesk.domain.StageMachine},
 * so that their audit log shows a real history. The same seed gives the same documents, so tests
 * can rely on the counts.
 */
public final class DemoDataService {
    /** What loading the demo made. */
    public record Result(int issuers, int documents, boolean cancelled) {
    }

    public static final int DEFAULT_DOCUMENTS = 300;

    private static final long SEED = 20_180_531L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    /** Since 国办发〔2018〕37号 documents are registered and numbered (三统一) and reviewed for legality. */
    private static final LocalDate THREE_UNIFIED = LocalDate.of(2018, 1, 1);
    /** Rows per transaction in {@link #loadBulk}. */
    private static final int BULK_BATCH = 1_000;

    private final RegisterService register;
    private final IssuerService issuers;
    private final ReviewService reviews;
    private final Clock clock;

    public DemoDataService(RegisterService register, IssuerService issuers, ReviewService reviews, Clock clock) {
        this.register = register;
        this.issuers = issuers;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** How a demo document comes into the register, and where it ends up. */
    enum Path {
        /** Entered as an already published document (older documents). */
        PUBLISHED_EARLIER(0),
        /** Made in normdesk from draft to publication. */
        PUBLISHED(0.04),
        REGISTERED(0.015),
        DELIBERATED(0.015),
        REVIEWED(0.02),
        UNDER_REVIEW(0.015),
        UNDER_REVIEW_AFTER_RETURN(0.01),
        SUBMITTED(0.02),
        DRAFTING(0.015),
        DRAFTING_AFTER_RETURN(0.01),
        RETURNED(0.015),
        WITHDRAWN_BEFORE_SUBMISSION(0.005),
        WITHDRAWN_AFTER_REVIEW(0.01),
        NOT_REGISTERED(0.005);

        private final double share;

        Path(double share) {
            this.share = share;
        }
    }

    /** One document to make: how, by whom, on what, and from which day. */
    private record Plan(int index, Path path, LocalDate day, IssuerSpec issuer, Composed text) {
    }

    /** Title, kind, flags and the texts that do not depend on the final dates. */
    private record Composed(String title, DocumentKind kind, boolean trial, boolean marketRelated,
                            boolean majorDecision, String draftingUnit, List<String> coIssuers, int validityYears,
                            DemoTexts.Body body) {
    }

    /** Adds the demo issuers (those not yet present) and {@code documents} documents. */
    public Result load(int documents, Progress progress) {
        LocalDate today = register.today();
        Random rng = new Random(SEED);
        int added = addMissingIssuers();
        Map<String, Long> ids = issuerIds();
        List<Plan> plans = plan(Math.max(0, documents), today, rng);
        Numbering numbers = new Numbering();
        int done = 0;
        for (Plan p : plans) {
            if (!progress.report(done, plans.size())) {
                return new Result(added, done, true);
            }
            make(p, ids, numbers, today, rng);
            done++;
        }
        progress.report(done, plans.size());
        return new Result(added, done, false);
    }

    /**
     * Adds the demo issuers and {@code documents} documents as fast as the register takes them, for
     * load tests and the register benchmark: 9 in 10 entered as published (some with an end-of-force
     * decision already taken), the rest as drafts, in batches of {@value #BULK_BATCH} through
     * {@link RegisterService#createAll}, with a short full text. Meant for an empty register.
     */
    public Result loadBulk(int documents, Progress progress) {
        LocalDate today = register.today();
        Random rng = new Random(SEED);
        int added = addMissingIssuers();
        Map<String, Long> ids = issuerIds();
        Numbering numbers = new Numbering();
        long days = ChronoUnit.DAYS.between(FIRST_DAY, today.minusDays(30));
        List<NormativeDocument> batch = new ArrayList<>(BULK_BATCH);
        int done = 0;
        for (int i = 0; i < documents; i++) {
            if (batch.isEmpty() && !progress.report(done, documents)) {
                return new Result(added, done, true);
            }
            LocalDate day = FIRST_DAY.plusDays(days * i / Math.max(1, documents));
            IssuerSpec issuer = pickIssuer(day, rng);
            Composed c = compose(issuer, day, rng);
            NormativeDocument d = base(c, ids).toBuilder().leadIssuerId(ids.get(issuer.name())).build();
            if (rng.nextInt(10) == 0) {
                d = d.toBuilder().fullText(c.body().shortText(null, null)).build();
            } else {
                Dates dates = dates(day, c, today, rng);
                d = published(d, c, issuer, dates, numbers);
                d = d.toBuilder().fullText(c.body().shortText(dates.effective(), dates.validUntil())).build();
                Cleanup cleanup = rng.nextInt(10) == 0 ? cleanupFor(dates, today, rng) : null;
                if (cleanup != null) {
                    d = d.toBuilder().endOfForce(cleanup.decision()).endOfForceOn(cleanup.day()).build();
                }
            }
            batch.add(d);
            if (batch.size() == BULK_BATCH || i == documents - 1) {
                register.createAll(batch);
                done += batch.size();
                batch.clear();
            }
        }
        progress.report(done, documents);
        return new Result(added, done, false);
    }

    // ---------------------------------------------------------------- issuers

    private int addMissingIssuers() {
        var present = new java.util.HashSet<String>();
        issuers.all().forEach(i -> present.add(i.name()));
        int added = 0;
        for (IssuerSpec s : DemoCounty.all()) {
            if (!present.contains(s.name())) {
                issuers.add(new Issuer(null, s.name(), s.code(), s.category(), s.listedSince(), s.retiredOn(), 0));
                added++;
            }
        }
        return added;
    }

    private Map<String, Long> issuerIds() {
        Map<String, Long> ids = new HashMap<>();
        issuers.all().forEach(i -> ids.put(i.name(), i.id()));
        return ids;
    }

    private static boolean listedOn(IssuerSpec s, LocalDate day) {
        return !day.isBefore(s.listedSince()) && (s.retiredOn() == null || day.isBefore(s.retiredOn()));
    }

    /** The government, its office, departments, townships and authorised bodies issue about 10:20:55:10:5. */
    private static IssuerSpec pickIssuer(LocalDate day, Random rng) {
        int roll = rng.nextInt(100);
        List<IssuerSpec> pool;
        if (roll < 10) {
            return DemoCounty.GOVERNMENT;
        } else if (roll < 30) {
            return DemoCounty.GOVERNMENT_OFFICE;
        } else if (roll < 85) {
            pool = DemoCounty.DEPARTMENTS;
        } else if (roll < 95) {
            pool = DemoCounty.TOWNSHIPS;
        } else {
            pool = DemoCounty.AUTHORIZED;
        }
        List<IssuerSpec> listed = pool.stream().filter(s -> listedOn(s, day)).toList();
        if (listed.isEmpty()) {
            return DemoCounty.GOVERNMENT_OFFICE;
        }
        return listed.get(rng.nextInt(listed.size()));
    }

    private static IssuerSpec pickDepartment(LocalDate day, Random rng, IssuerSpec except) {
        List<IssuerSpec> listed = DemoCounty.DEPARTMENTS.stream()
                .filter(s -> listedOn(s, day) && s != except).toList();
        return listed.get(rng.nextInt(listed.size()));
    }

    // ---------------------------------------------------------------- planning

    private static List<Plan> plan(int documents, LocalDate today, Random rng) {
        List<Path> paths = new ArrayList<>();
        for (Path p : Path.values()) {
            if (p != Path.PUBLISHED_EARLIER) {
                long n = Math.round(documents * p.share);
                for (long k = 0; k < Math.max(documents >= 20 ? 1 : 0, n); k++) {
                    paths.add(p);
                }
            }
        }
        while (paths.size() > documents) {
            paths.remove(paths.size() - 1);
        }
        while (paths.size() < documents) {
            paths.add(Path.PUBLISHED_EARLIER);
        }
        Collections.shuffle(paths, rng);
        LocalDate lastEarlier = today.minusDays(60);
        long earlierDays = Math.max(1, ChronoUnit.DAYS.between(FIRST_DAY, lastEarlier));
        List<Plan> plans = new ArrayList<>(documents);
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            LocalDate day = path == Path.PUBLISHED_EARLIER
                    ? FIRST_DAY.plusDays(rng.nextLong(earlierDays))
                    : today.minusDays(10 + rng.nextInt(140));
            IssuerSpec issuer = pickIssuer(day, rng);
            plans.add(new Plan(i, path, day, issuer, compose(issuer, day, rng)));
        }
        // Made in the order of their days, so that 文号 and registration numbers run with the calendar.
        plans.sort(Comparator.comparing(Plan::day).thenComparing(Plan::index));
        return plans;
    }

    private static Composed compose(IssuerSpec issuer, LocalDate day, Random rng) {
        IssuerSpec owner = issuer.topics().isEmpty() ? pickDepartment(day, rng, null) : issuer;
        Topic topic = owner.topics().get(rng.nextInt(owner.topics().size()));
        DocumentKind kind = pickKind(issuer, rng);
        String announcement = kind == DocumentKind.ANNOUNCEMENT
                ? issuer.announcements().get(rng.nextInt(issuer.announcements().size())) : null;
        boolean attachedMeasures = kind == DocumentKind.NOTICE && rng.nextBoolean();
        boolean trial = switch (kind) {
            case MEASURES -> rng.nextInt(10) < 3;
            case NOTICE -> attachedMeasures && rng.nextInt(10) < 3;
            case PROVISIONS -> rng.nextBoolean();
            case RULES -> rng.nextInt(10) == 0;
            default -> false;
        };
        String place = issuer.place();
        String title = switch (kind) {
            case MEASURES -> place + topic.noun() + "办法" + (trial ? "（试行）" : "");
            case RULES -> place + topic.noun() + "实施细则" + (trial ? "（试行）" : "");
            case PROVISIONS -> place + topic.noun() + (trial ? "暂行规定" : "规定");
            case OPINIONS -> issuer.name() + "关于" + topic.action() + (rng.nextBoolean() ? "的实施意见" : "的意见");
            case DECISION -> issuer.name() + "关于" + topic.action() + "的决定";
            case NOTICE -> attachedMeasures
                    ? issuer.name() + "关于印发" + place + topic.noun() + "办法" + (trial ? "（试行）" : "") + "的通知"
                    : issuer.name() + "关于" + topic.action() + "的通知";
            case ANNOUNCEMENT -> issuer.name() + "关于" + announcement + "的通告";
            case PLAN -> place + topic.noun() + "工作实施方案";
            default -> place + topic.noun() + "办法";
        };
        boolean market = kind != DocumentKind.ANNOUNCEMENT && (topic.market() ? rng.nextInt(10) < 8 : rng.nextInt(20) == 0);
        boolean major = switch (issuer.category()) {
            case GOVERNMENT -> rng.nextInt(4) == 0;
            case GOVERNMENT_OFFICE -> rng.nextInt(10) == 0;
            default -> false;
        };
        List<String> co = new ArrayList<>();
        if (issuer.category() == IssuerCategory.DEPARTMENT && rng.nextInt(10) == 0) {
            co.add(pickDepartment(day, rng, issuer).name());
            if (rng.nextInt(3) == 0) {
                String second = pickDepartment(day, rng, issuer).name();
                if (!co.contains(second)) {
                    co.add(second);
                }
            }
        }
        int years = kind == DocumentKind.ANNOUNCEMENT ? 1 : trial ? 2 : 5;
        DemoTexts.Body body = DemoTexts.body(issuer, owner, topic, kind, title, attachedMeasures, trial, market,
                announcement, years, rng);
        return new Composed(title, kind, trial, market, major, owner.name(), co, years, body);
    }

    private static DocumentKind pickKind(IssuerSpec issuer, Random rng) {
        int r = rng.nextInt(100);
        DocumentKind kind = switch (issuer.category()) {
            case GOVERNMENT -> r < 35 ? DocumentKind.OPINIONS : r < 55 ? DocumentKind.MEASURES
                    : r < 63 ? DocumentKind.DECISION : r < 75 ? DocumentKind.ANNOUNCEMENT
                    : r < 85 ? DocumentKind.PROVISIONS : r < 95 ? DocumentKind.NOTICE : DocumentKind.PLAN;
            case GOVERNMENT_OFFICE -> r < 35 ? DocumentKind.MEASURES : r < 55 ? DocumentKind.NOTICE
                    : r < 70 ? DocumentKind.OPINIONS : r < 80 ? DocumentKind.RULES
                    : r < 90 ? DocumentKind.PLAN : DocumentKind.PROVISIONS;
            case DEPARTMENT -> r < 40 ? DocumentKind.MEASURES : r < 55 ? DocumentKind.RULES
                    : r < 70 ? DocumentKind.PROVISIONS : r < 85 ? DocumentKind.NOTICE
                    : r < 95 ? DocumentKind.OPINIONS : DocumentKind.ANNOUNCEMENT;
            case TOWNSHIP -> r < 50 ? DocumentKind.MEASURES : r < 70 ? DocumentKind.PROVISIONS
                    : r < 90 ? DocumentKind.NOTICE : DocumentKind.OPINIONS;
            case AUTHORIZED_ORG -> r < 60 ? DocumentKind.MEASURES : r < 80 ? DocumentKind.RULES : DocumentKind.NOTICE;
        };
        if (kind == DocumentKind.ANNOUNCEMENT && issuer.announcements().isEmpty()) {
            return DocumentKind.MEASURES;
        }
        return kind;
    }

    // ---------------------------------------------------------------- dates and numbers

    private record Dates(LocalDate signed, LocalDate published, LocalDate effective, LocalDate validUntil) {
    }

    /** 成文 ≤ 公布 ≤ 施行; mostly 施行 30 days after 公布; 有效期 5 years, 2 for 暂行/试行, 1 for 通告. */
    private static Dates dates(LocalDate signed, Composed c, LocalDate today, Random rng) {
        LocalDate published = signed.plusDays(rng.nextInt(8));
        if (published.isAfter(today)) {
            published = today;
        }
        int r = rng.nextInt(100);
        LocalDate effective;
        if (c.kind() == DocumentKind.ANNOUNCEMENT) {
            effective = r < 70 ? published : published.plusDays(1 + rng.nextInt(10));
        } else if (r < 65) {
            effective = published.plusDays(30);
        } else if (r < 85) {
            effective = published.plusDays(30).withDayOfMonth(1).plusMonths(1);
        } else {
            effective = published;
        }
        LocalDate validUntil = effective.plusYears(c.validityYears()).minusDays(1);
        return new Dates(signed, published, effective, validUntil);
    }

    /** The 文号 (per issuer and year) and registration numbers (per county and year) handed out so far. */
    private static final class Numbering {
        private final Map<String, Integer> serials = new HashMap<>();
        private final Map<Integer, Integer> registrations = new HashMap<>();

        DocNumber nextDocNumber(String code, int year) {
            int serial = serials.merge(code + year, 1, Integer::sum);
            return new DocNumber(code, year, serial);
        }

        String nextRegistration(int year) {
            int n = registrations.merge(year, 1, Integer::sum);
            return String.format("%s规〔%d〕%03d", DemoCounty.SHORT, year, n);
        }
    }

    /** A 文号 not yet used in the register (a second demo load finds the first one's numbers taken). */
    private String freeDocNumber(NormativeDocument d, IssuerSpec issuer, int year, Numbering numbers) {
        while (true) {
            String number = numbers.nextDocNumber(issuer.code(), year).toString();
            boolean taken = register.validate(d.toBuilder().docNumber(number).build()).stream()
                    .anyMatch(p -> p.key().equals("validation.docNumber.duplicate"));
            if (!taken) {
                return number;
            }
        }
    }

    // ---------------------------------------------------------------- making documents

    private static NormativeDocument base(Composed c, Map<String, Long> ids) {
        return new NormativeDocument(null, c.title(), null, null, null, c.coIssuers().stream().map(ids::get).toList(),
                c.draftingUnit(), c.kind(), c.trial(), c.marketRelated(), c.majorDecision(), null, null, null, null,
                c.body().draft(), Stage.DRAFTING, null, null, null, 0);
    }

    private static NormativeDocument published(NormativeDocument d, Composed c, IssuerSpec issuer, Dates dates,
                                               Numbering numbers) {
        boolean unified = !dates.published().isBefore(THREE_UNIFIED);
        return d.toBuilder()
                .docNumber(numbers.nextDocNumber(issuer.code(), dates.signed().getYear()).toString())
                .registrationNumber(unified ? numbers.nextRegistration(dates.published().getYear()) : null)
                .signedOn(dates.signed()).publishedOn(dates.published()).effectiveOn(dates.effective())
                .validUntil(dates.validUntil())
                .reviewOutcome(unified ? ReviewOutcome.LEGAL : null)
                .stage(Stage.PUBLISHED)
                .build();
    }

    private void make(Plan p, Map<String, Long> ids, Numbering numbers, LocalDate today, Random rng) {
        Composed c = p.text();
        NormativeDocument d = base(c, ids).toBuilder().leadIssuerId(ids.get(p.issuer().name())).build();
        if (p.path() == Path.PUBLISHED_EARLIER) {
            makePublishedEarlier(p, d, numbers, today, rng);
            return;
        }
        NormativeDocument saved = register.create(d);
        long id = saved.id();
        switch (p.path()) {
            case DRAFTING -> {
                // a fresh draft, nothing more yet
            }
            case DRAFTING_AFTER_RETURN -> {
                returned(id, rng);
                go(id, TransitionRequest.of(Transition.REDRAFT));
            }
            case SUBMITTED -> go(id, TransitionRequest.of(Transition.SUBMIT));
            case RETURNED -> returned(id, rng);
            case UNDER_REVIEW -> underReview(id, c.draftingUnit(), p.day(), today);
            case UNDER_REVIEW_AFTER_RETURN -> {
                returned(id, rng);
                go(id, TransitionRequest.of(Transition.REDRAFT));
                underReview(id, c.draftingUnit(), p.day(), today);
            }
            case WITHDRAWN_BEFORE_SUBMISSION -> go(id, TransitionRequest.withReason(Transition.WITHDRAW,
                    "经评估论证，制定条件尚不成熟，起草单位决定不予制定。"));
            case WITHDRAWN_AFTER_REVIEW -> {
                accepted(id);
                go(id, TransitionRequest.finishReview(ReviewOutcome.ILLEGAL));
                go(id, TransitionRequest.withReason(Transition.WITHDRAW,
                        "经合法性审核，送审稿设定的行政许可条件没有法律、法规依据，起草单位撤回送审稿，不予制定。"));
            }
            case REVIEWED -> reviewed(id, rng);
            case DELIBERATED -> deliberated(id, rng);
            case NOT_REGISTERED -> {
                deliberated(id, rng);
                go(id, TransitionRequest.withReason(Transition.REFUSE_REGISTRATION,
                        "经审查，该文件仅规范本机关内部工作，不属于行政规范性文件，不予登记、不予编号。"));
            }
            case REGISTERED -> {
                deliberated(id, rng);
                go(id, TransitionRequest.register(numbers.nextRegistration(p.day().getYear())));
            }
            case PUBLISHED -> {
                deliberated(id, rng);
                NormativeDocument registered = go(id, TransitionRequest.register(numbers.nextRegistration(p.day().getYear())));
                Dates dates = dates(p.day(), c, today, rng);
                NormativeDocument withDates = registered.toBuilder()
                        .signedOn(dates.signed()).publishedOn(dates.published()).effectiveOn(dates.effective())
                        .validUntil(dates.validUntil()).build();
                withDates = withDates.toBuilder()
                        .docNumber(freeDocNumber(withDates, p.issuer(), dates.signed().getYear(), numbers)).build();
                register.update(withDates);
                go(id, TransitionRequest.of(Transition.PUBLISH));
            }
            default -> throw new IllegalStateException(p.path().name());
        }
    }

    private void makePublishedEarlier(Plan p, NormativeDocument draft, Numbering numbers, LocalDate today, Random rng) {
        Composed c = p.text();
        Dates dates = dates(p.day(), c, today, rng);
        NormativeDocument d = published(draft, c, p.issuer(), dates, numbers).toBuilder()
                .fullText(c.body().published(dates.effective(), dates.validUntil())).build();
        DocNumber planned = DocNumber.parse(d.docNumber()).orElseThrow();
        if (register.validate(d).stream().anyMatch(pr -> pr.key().equals("validation.docNumber.duplicate"))) {
            d = d.toBuilder().docNumber(freeDocNumber(d, p.issuer(), planned.year(), numbers)).build();
        }
        NormativeDocument saved = register.create(d);
        Cleanup cleanup = rng.nextInt(100) < 12 ? cleanupFor(dates, today, rng) : null;
        if (cleanup != null) {
            register.endForce(saved.id(), cleanup.decision(), cleanup.day(), cleanup.reason());
        }
    }

    private NormativeDocument go(long id, TransitionRequest request) {
        return register.transition(id, request);
    }

    private void returned(long id, Random rng) {
        go(id, TransitionRequest.of(Transition.SUBMIT));
        go(id, TransitionRequest.withReason(Transition.RETURN, DemoTexts.RETURN_REASONS.get(
                rng.nextInt(DemoTexts.RETURN_REASONS.size()))));
    }

    private void accepted(long id) {
        NormativeDocument d = register.find(id).orElseThrow();
        if (d.stage() == Stage.DRAFTING) {
            go(id, TransitionRequest.of(Transition.SUBMIT));
        }
        go(id, TransitionRequest.of(Transition.ACCEPT));
    }

    /**
     * A review still running is 送审 with every material and a long enough comment period, and
     * 受理 through the review service, as a reviewer does it: so its 审核期限 runs, and the home
     * screen and the workbench show it like any other. (Documents past their review only pass the
     * stages: they show no review case.)
     */
    private void underReview(long id, String draftingUnit, LocalDate planned, LocalDate today) {
        LocalDate submittedOn = planned.isAfter(today) ? today : planned;
        reviews.submit(id, new Submission(null, submittedOn, draftingUnit, 1, EnumSet.allOf(Material.class),
                submittedOn.minusDays(45), submittedOn.minusDays(10)));
        reviews.accept(id, DemoTexts.REVIEWER);
    }

    private void reviewed(long id, Random rng) {
        accepted(id);
        go(id, TransitionRequest.finishReview(rng.nextInt(3) == 0 ? ReviewOutcome.AMEND : ReviewOutcome.LEGAL));
    }

    private void deliberated(long id, Random rng) {
        reviewed(id, rng);
        go(id, TransitionRequest.deliberate(org.normdesk.domain.review.DeliberationDecision.APPROVED));
    }

    // ---------------------------------------------------------------- cleanups

    private record Cleanup(EndOfForce decision, LocalDate day, String reason) {
    }

    /** The county's cleanups: the day each one's result list was published, and its theme. */
    private static final Map<LocalDate, String> CLEANUPS = new LinkedHashMap<>();

    static {
        CLEANUPS.put(LocalDate.of(2017, 11, 30), "2017年行政规范性文件全面清理");
        CLEANUPS.put(LocalDate.of(2019, 12, 20), "2019年行政规范性文件全面清理");
        CLEANUPS.put(LocalDate.of(2020, 12, 31), "民法典涉及的行政规范性文件专项清理");
        CLEANUPS.put(LocalDate.of(2023, 6, 30), "2023年行政规范性文件全面清理");
    }

    /** A cleanup that found the document in force at least a year after it took effect, if there was one by today. */
    private static Cleanup cleanupFor(Dates dates, LocalDate today, Random rng) {
        for (var e : CLEANUPS.entrySet()) {
            LocalDate day = e.getKey();
            if (day.isAfter(dates.effective().plusYears(1)) && day.isBefore(dates.validUntil()) && !day.isAfter(today)) {
                boolean repeal = rng.nextInt(3) < 2;
                String why = repeal
                        ? (e.getValue().startsWith("民法典") ? "所依据的合同法、物权法等法律已被民法典废止" : "已被新的规定涵盖或者替代")
                        : (rng.nextBoolean() ? "工作任务已经完成" : "调整对象已经消失");
                return new Cleanup(repeal ? EndOfForce.REPEALED : EndOfForce.DECLARED_EXPIRED, day,
                        e.getValue() + "：" + why + "，" + (repeal ? "予以废止" : "宣布失效") + "。");
            }
        }
        return null;
    }
}
