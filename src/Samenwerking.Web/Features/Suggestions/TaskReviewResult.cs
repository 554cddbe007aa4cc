namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// What a review of task suggestions did: how many were confirmed or rejected, how many competing suggestions elsewhere
/// went with a confirmation, which were refused and why, or what stopped the whole review — all in Dutch.
/// </summary>
public sealed record TaskReviewResult(int Done, int CompetitorsRejected, IReadOnlyList<string> Refused, TaskReviewProblem Problem)
{
    public static readonly TaskReviewResult Forbidden = new(0, 0, [], TaskReviewProblem.Forbidden);

    public static readonly TaskReviewResult Stale = new(0, 0, [], TaskReviewProblem.Stale);

    public bool Succeeded => Problem == TaskReviewProblem.None;

    /// <summary>The message for the reviewer, for a confirmation (<paramref name="confirmed"/>) or a rejection.</summary>
    public string Message(bool confirmed) => Problem switch
    {
        TaskReviewProblem.Forbidden => "U mag geen voorstellen beoordelen: daarvoor is de rol redacteur of beheerder nodig.",
        TaskReviewProblem.Stale =>
            "Niets opgeslagen: iemand anders heeft een of meer van deze voorstellen intussen beoordeeld, of een import heeft ze gewijzigd. "
            + "De lijst is bijgewerkt; bekijk hem en probeer het opnieuw.",
        _ => string.Join(" ", new[]
        {
            $"{Done} {(Done == 1 ? "taakvoorstel" : "taakvoorstellen")} {(confirmed ? "bevestigd" : "afgewezen")}.",
            CompetitorsRejected == 0 ? null
                : $"{CompetitorsRejected} {(CompetitorsRejected == 1 ? "concurrerend voorstel" : "concurrerende voorstellen")} voor dezelfde taak en gemeente in een andere regeling afgewezen: een taak ligt per gemeente op één plek tegelijk.",
            Refused.Count == 0 ? null : $"Niet bevestigd: {string.Join("; ", Refused)}.",
        }.OfType<string>()),
    };
}
