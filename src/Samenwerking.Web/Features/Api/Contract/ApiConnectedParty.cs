using Samenwerking.Web.Features.Overview;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A verbonden partij of the municipality, with the municipality's interest in it in the year.</summary>
/// <param name="ArrangementId">The arrangement's id, as in /api/v1/arrangements/{id}.</param>
/// <param name="Name">The arrangement's name.</param>
/// <param name="LegalForm">The legal form.</param>
/// <param name="Seat">The place of establishment (vestigingsplaats).</param>
/// <param name="PublicInterest">The public interest it serves (openbaar belang).</param>
/// <param name="CostSharePercentage">The municipality's share of the costs, in percent.</param>
/// <param name="Contribution">The municipality's contribution in the year, in euros: realised where known, otherwise budgeted.</param>
/// <param name="RiskClass">The highest risk class, from 1 (low) to 3 (high).</param>
/// <param name="Finances">The party's own finances in the year, where registered.</param>
/// <param name="Risks">The risks it brings for the municipality.</param>
/// <param name="AdministrativeInterest">The municipality's bestuurlijk belang: a seat in the board or voting rights.</param>
/// <param name="FinancialInterests">What the municipality's financieel belang consists of.</param>
/// <param name="InterestsAreSuggestion">True while both interests are the register's suggestion, not yet confirmed.</param>
public sealed record ApiConnectedParty(
    int ArrangementId,
    string Name,
    ApiLegalForm LegalForm,
    string? Seat,
    string? PublicInterest,
    decimal? CostSharePercentage,
    decimal? Contribution,
    short? RiskClass,
    ApiFinancialYear? Finances,
    IReadOnlyList<ApiRisk> Risks,
    ApiAdministrativeInterest AdministrativeInterest,
    IReadOnlyList<ApiFinancialInterest> FinancialInterests,
    bool InterestsAreSuggestion)
{
    public static ApiConnectedParty From(OverviewParty party, int year) => new(
        party.ArrangementId, party.Name, party.LegalForm.ToContract<ApiLegalForm>(), party.Seat, party.PublicInterest,
        party.CostSharePercentage, party.ContributionIn(year), party.RiskClass,
        party.Finances is { } finances ? ApiFinancialYear.From(finances) : null,
        party.Risks.Select(ApiRisk.From).ToList(),
        // A verbonden partij always has a bestuurlijk belang: the paragraph lists only those.
        party.AdministrativeInterest!.Value.ToContract<ApiAdministrativeInterest>(),
        (party.FinancialInterests ?? []).Select(i => i.ToContract<ApiFinancialInterest>()).ToList(),
        party.InterestsAreSuggestion);
}
