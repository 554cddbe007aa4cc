using System.Linq.Expressions;

namespace Samenwerking.Web.Domain;

/// <summary>
/// Where a municipality has a task carried out, for a period: in an arrangement, or by itself when
/// <see cref="ArrangementId"/> is null. A municipality need not place every task of an arrangement there.
/// </summary>
public sealed class TaskPlacement
{
    public const int SuggestionReasonMaxLength = 1000;

    public int Id { get; set; }

    public int MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public int MunicipalTaskId { get; set; }

    public MunicipalTask? MunicipalTask { get; set; }

    public int? ArrangementId { get; set; }

    public Arrangement? Arrangement { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>True while the placement is the import's suggestion from the regeling's data that nobody confirmed.</summary>
    public bool IsSuggestion { get; set; }

    /// <summary>Why the import suggested it ("wettelijke grondslag: Wet publieke gezondheid"); cleared on confirmation.</summary>
    public string? SuggestionReason { get; set; }

    /// <summary>The first day the task is no longer placed here.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>Concurrency token (PostgreSQL's xmin): a review decides only on the suggestion the reviewer saw.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Placements that apply on the date. Written out as well in compiled queries (TaskQueries.MatrixTasks,
    /// MatrixPartners and DetailPlacementsQuery): change them together.
    /// </summary>
    public static Expression<Func<TaskPlacement, bool>> ActiveOn(DateOnly date) =>
        p => (p.StartDate == null || p.StartDate <= date) && (p.EndDate == null || p.EndDate > date);
}
