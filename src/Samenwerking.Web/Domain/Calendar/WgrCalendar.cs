namespace Samenwerking.Web.Domain.Calendar;

/// <summary>
/// The deadlines the Wet gemeenschappelijke regelingen (as amended in force 1 July 2022, Stb. 2022, 18) sets for a
/// regeling with a body of its own, derived from the law alone or from the date a document was actually sent.
/// Y is the budget year; J the year a jaarrekening covers. Decision 0023 gives the articles and the reasoning.
/// </summary>
public static class WgrCalendar
{
    /// <summary>Art. 35 lid 1 and 3: the ontwerpbegroting goes out 12 weeks before the AB; the councils have 12 weeks.</summary>
    public const int BudgetZienswijzeWeeks = 12;

    /// <summary>Art. 1 lid 3: a council may give its zienswijze on a draft regeling within 8 weeks of receiving it.</summary>
    public const int DraftRegelingZienswijzeWeeks = 8;

    /// <summary>Whether a regeling of this form has the Wgr budget cycle: only one with a body of its own.</summary>
    public static bool HasCycle(LegalForm form) => form.HasWgrBody();

    /// <summary>
    /// The documents the law expects every year of a regeling with a body of its own, whether or not anyone recorded
    /// them; begrotingswijzigingen and draft regelingen exist only when recorded.
    /// </summary>
    public static readonly PlanningDocumentKind[] Yearly =
    [
        PlanningDocumentKind.Kaders, PlanningDocumentKind.VoorlopigeJaarrekening, PlanningDocumentKind.Ontwerpbegroting,
        PlanningDocumentKind.Begroting, PlanningDocumentKind.Jaarrekening,
    ];

    /// <summary>
    /// The deadlines of one document. <paramref name="sentOn"/> is the date it was actually sent, when recorded;
    /// <paramref name="provinceTakesPart"/> sends the adopted documents to the minister (chapter IV, art. 58) instead of
    /// gedeputeerde staten (chapter I, art. 34).
    /// </summary>
    public static IReadOnlyList<Deadline> For(PlanningDocumentKind kind, int year, int number, DateOnly? sentOn, bool provinceTakesPart)
    {
        var supervisorArticle = provinceTakesPart ? "Wgr art. 58" : "Wgr art. 34";
        switch (kind)
        {
            case PlanningDocumentKind.Kaders:
                // Art. 34b: vóór 30 april of the year before the budget year (15 April until 1 July 2022).
                return [Sent(kind, year, number, sentOn, new DateOnly(year - 1, 4, 29), "Wgr art. 34b")];
            case PlanningDocumentKind.VoorlopigeJaarrekening:
                return [Sent(kind, year, number, sentOn, new DateOnly(year + 1, 4, 29), "Wgr art. 34b")];
            case PlanningDocumentKind.Ontwerpbegroting:
            {
                // The adopted budget must reach the supervisor vóór 15 september Y-1, and the AB may not deal with the
                // draft earlier than 12 weeks after it was sent: counted back, so the Atw does not move it (art. 1 lid 2).
                var latestSending = new DateOnly(year - 1, 9, 14).AddDays(-7 * BudgetZienswijzeWeeks);
                var sending = Sent(kind, year, number, sentOn, latestSending, "Wgr art. 35 lid 1");
                var zienswijze = new Deadline(kind, year, number, DeadlineKind.Zienswijze,
                    TermRules.WeeksAfter(sentOn ?? latestSending, BudgetZienswijzeWeeks), sentOn is null, "Wgr art. 35 lid 3; Atw art. 1", true);
                return [sending, zienswijze];
            }

            case PlanningDocumentKind.Begrotingswijziging:
                return sentOn is { } amendmentSent
                    ?
                    [
                        Sent(kind, year, number, amendmentSent, amendmentSent, "Wgr art. 35 lid 5"),
                        new Deadline(kind, year, number, DeadlineKind.Zienswijze, TermRules.WeeksAfter(amendmentSent, BudgetZienswijzeWeeks),
                            false, "Wgr art. 35 lid 3 en 5; Atw art. 1", true),
                    ]
                    : [];
            case PlanningDocumentKind.Begroting:
                return [Supervisor(kind, year, number, sentOn, new DateOnly(year - 1, 9, 14), $"{supervisorArticle} lid 2")];
            case PlanningDocumentKind.Jaarrekening:
                return [Supervisor(kind, year, number, sentOn, new DateOnly(year + 1, 7, 14), $"{supervisorArticle} lid 4")];
            case PlanningDocumentKind.OntwerpRegeling:
                return sentOn is { } draftSent
                    ?
                    [
                        Sent(kind, year, number, draftSent, draftSent, "Wgr art. 1 lid 2"),
                        new Deadline(kind, year, number, DeadlineKind.Zienswijze, TermRules.WeeksAfter(draftSent, DraftRegelingZienswijzeWeeks),
                            false, "Wgr art. 1 lid 3; Atw art. 1", true),
                    ]
                    : [];
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>Whether the councils may give a zienswijze on this kind of document.</summary>
    public static bool OpenToZienswijze(PlanningDocumentKind kind) => kind is
        PlanningDocumentKind.Ontwerpbegroting or PlanningDocumentKind.Begrotingswijziging or PlanningDocumentKind.OntwerpRegeling
        or PlanningDocumentKind.Kaders;

    /// <summary>
    /// The earliest and latest date on which a document of this year can have been sent: a sent date outside them is
    /// a typing error (another year meant), not a late document.
    /// </summary>
    public static (DateOnly From, DateOnly To) PlausibleSendingPeriod(PlanningDocumentKind kind, int year) => kind switch
    {
        PlanningDocumentKind.VoorlopigeJaarrekening or PlanningDocumentKind.Jaarrekening => (new DateOnly(year, 1, 1), new DateOnly(year + 2, 12, 31)),
        PlanningDocumentKind.OntwerpRegeling => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        _ => (new DateOnly(year - 2, 1, 1), new DateOnly(year, 12, 31)),
    };

    private static Deadline Sent(PlanningDocumentKind kind, int year, int number, DateOnly? sentOn, DateOnly statutory, string article) =>
        new(kind, year, number, DeadlineKind.Toezending, sentOn ?? statutory, sentOn is null, article, false);

    private static Deadline Supervisor(PlanningDocumentKind kind, int year, int number, DateOnly? sentOn, DateOnly statutory, string article) =>
        new(kind, year, number, DeadlineKind.NaarToezicht, sentOn ?? statutory, sentOn is null, article, false);
}
