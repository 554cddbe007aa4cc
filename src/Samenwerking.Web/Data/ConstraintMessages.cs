using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Samenwerking.Web.Data;

/// <summary>Dutch messages for the database's constraints, for when a rule is only caught there.</summary>
public static class ConstraintMessages
{
    public static string? For(DbUpdateException exception) =>
        exception.InnerException is PostgresException { ConstraintName: { } name } ? For(name) : null;

    public static string For(string constraint) => constraint switch
    {
        "ex_memberships_municipality_period" or "ex_memberships_organisation_period" =>
            "Een deelnemer doet in dezelfde periode al mee aan dit samenwerkingsverband.",
        "ex_task_placements_period" => "Een gemeente heeft dezelfde taak in dezelfde periode al hier belegd.",
        "ex_task_placements_confirmed_period" =>
            "Een gemeente heeft dezelfde taak in dezelfde periode al elders belegd (of voert die zelf uit): een taak ligt per gemeente op één plek tegelijk.",
        "ex_task_placements_suggestion_period" =>
            "Voor deze gemeente en taak staat in dezelfde periode elders een voorstel of een bevestigde plaatsing: wijs het voorstel eerst af.",
        "ix_municipalities_code" => "Er is al een gemeente met deze CBS-code.",
        "ix_arrangements_national_register_id" => "Er is al een samenwerkingsverband met dit nummer uit het landelijk GR-register.",
        "ix_financial_years_arrangement_id_year" => "Elk jaar komt één keer voor.",
        "ix_contributions_membership_id_year" => "Een deelnemer heeft per jaar één bijdrage.",
        "ck_arrangements_centrumregeling" => "Een centrumregeling heeft een centrumgemeente.",
        "ck_memberships_cost_share" => "Het aandeel in de kosten ligt tussen 0 en 100 %.",
        "ck_arrangements_evaluation_period" => Domain.Instruments.InstrumentMessages.EvaluationPeriod,
        "ck_arrangements_exit_notice" => Domain.Instruments.InstrumentMessages.ExitNotice,
        "ck_arrangements_amended_on_date" => Domain.Instruments.InstrumentMessages.AmendedTooEarly,
        "ck_arrangements_amended_on" => Domain.Instruments.InstrumentMessages.AmendedOnlyWhenAdapted,
        "ck_arrangements_advisory_committee" => Domain.Instruments.InstrumentMessages.AdvisoryCommitteeOnlyWhenThere,
        "ck_contributions_amounts" => Domain.Contribution.NotNegative,
        "ck_financial_years_debt" => Domain.FinancialYear.DebtNotNegative,
        "ck_risk_regimes_risk_class" => "Een risicoklasse is 1, 2 of 3.",
        "ck_risk_regimes_description" => "Beschrijf het regime van een risicoklasse, of laat de klasse leeg.",
        "ck_party_policies_year" => $"Kies een jaar tussen {Domain.FinancialYear.MinYear} en {Domain.FinancialYear.MaxYear}.",
        _ when constraint.EndsWith("_period", StringComparison.Ordinal) => "Een einddatum moet na de begindatum liggen.",
        _ => $"De gegevens voldoen niet aan een regel van het register ({constraint}).",
    };
}
