using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

/// <summary>A participant: a municipality (with its code) or another organisation (without).</summary>
public sealed record ParticipantItem(
    string? MunicipalityCode,
    string Name,
    DateOnly? JoinDate,
    DateOnly? LeaveDate,
    decimal? CostSharePercentage,
    IReadOnlyList<GoverningBody> GoverningBodies,
    FormerMunicipalityItem? NamedAs = null,
    FormerMunicipalityItem? Municipality = null,
    AdministrativeInterest? AdministrativeInterest = null,
    IReadOnlyList<FinancialInterest>? FinancialInterests = null,
    bool InterestsAreSuggestion = false)
{
    public bool IsActiveOn(DateOnly date) => Periods.Contains(JoinDate, LeaveDate, date);

    public bool IsVerbondenPartijOf(LegalForm form) => VerbondenPartij.Is(form, AdministrativeInterest, FinancialInterests ?? []);
}
