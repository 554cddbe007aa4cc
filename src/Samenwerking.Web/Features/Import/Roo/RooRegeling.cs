using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>One version of a gemeenschappelijke regeling as the national register's export describes it.</summary>
public sealed record RooRegeling(
    string SystemId,
    int Line,
    string Title,
    string? CitationTitle,
    string? FormCode,
    IReadOnlyList<string> Acquisitions,
    IReadOnlyList<RooPower> Powers,
    IReadOnlyList<string> PolicyAreas,
    string? Purpose,
    string? BodyName,
    string? BodySystemId,
    string? SourceHolderIdentifier,
    IReadOnlyList<string> Publications,
    IReadOnlyList<RooLegalBasis> LegalBases,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? PreviousVersionId,
    string? NextVersionId,
    IReadOnlyList<RooParticipant> Participants,
    IReadOnlyList<RooAddress> Addresses)
{
    /// <summary>In force on the date: started, and not (yet) ended.</summary>
    public bool IsCurrentOn(DateOnly date) => Periods.Contains(StartDate, EndDate, date);
}
