using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

/// <summary>Dutch words for the entity types and fields that the change history records by their code names.</summary>
public static class ChangeLabels
{
    private static readonly Dictionary<string, string> Entities = new()
    {
        [nameof(Arrangement)] = "Samenwerkingsverband",
        [nameof(Membership)] = "Deelname",
        [nameof(TaskPlacement)] = "Belegde taak",
        [nameof(LegalBasisLink)] = "Verwijzing",
        [nameof(TransferredPower)] = "Bevoegdheid",
        [nameof(FinancialYear)] = "Financieel jaar",
        [nameof(Contribution)] = "Bijdrage",
        [nameof(Risk)] = "Risico",
        [nameof(Evaluation)] = "Evaluatie",
        [nameof(Representative)] = "Vertegenwoordiger",
        [nameof(PartyPolicy)] = "Teksten paragraaf verbonden partijen",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Name"] = "naam", ["ShortName"] = "korte naam", ["GoalLevel"] = "doel van de samenwerking", ["LegalForm"] = "rechtsvorm",
        ["Purpose"] = "doelomschrijving", ["PublicInterest"] = "openbaar belang", ["Seat"] = "vestigingsplaats", ["Address"] = "adres",
        ["StartDate"] = "begindatum", ["EndDate"] = "einddatum", ["PolicyAreas"] = "beleidsterreinen", ["JoinDate"] = "toegetreden",
        ["LeaveDate"] = "uitgetreden", ["CostSharePercentage"] = "verdeelsleutel", ["GoverningBodies"] = "deelnemende organen",
        ["RiskClass"] = "risicoklasse", ["CouncilCommittee"] = "raadscommissie", ["Title"] = "titel", ["Url"] = "webadres", ["Kind"] = "soort",
        ["Description"] = "omschrijving", ["Acquisition"] = "wijze van verkrijging", ["LegalBasis"] = "grondslag", ["Year"] = "jaar",
        ["EquityStart"] = "eigen vermogen 1/1", ["EquityEnd"] = "eigen vermogen 31/12", ["DebtStart"] = "vreemd vermogen 1/1",
        ["DebtEnd"] = "vreemd vermogen 31/12", ["Result"] = "resultaat", ["Budgeted"] = "begroot", ["Realised"] = "gerealiseerd",
        ["Class"] = "klasse", ["Mitigation"] = "beheersmaatregel", ["PerformedOn"] = "uitgevoerd op", ["PlannedFor"] = "gepland op",
        ["Summary"] = "samenvatting", ["Board"] = "bestuursorgaan", ["Role"] = "rol", ["IsExample"] = "voorbeeld",
        ["Vision"] = "visie", ["Intentions"] = "beleidsvoornemens", ["Accountability"] = "verantwoording",
        ["GoalLevelIsSuggestion"] = "doel is een voorstel", ["GoalLevelReason"] = "reden voor het doel",
        ["NationalRegisterId"] = "nummer landelijk register",
        ["ZienswijzeDecisions"] = "besluiten open voor zienswijze", ["HasAdvisoryCommittee"] = "adviescommissie",
        ["AdvisoryCommittee"] = "naam en taak adviescommissie", ["ResidentParticipation"] = "betrokkenheid van inwoners",
        ["EvaluationPeriodYears"] = "evaluatietermijn (jaren)", ["ExitNoticeMonths"] = "opzegtermijn (maanden)",
        ["ExitCosts"] = "uittreedsom en financiële gevolgen", ["ExitRules"] = "uittredingsregels",
        ["AmendmentStatus"] = "aangepast aan Wgr 2022", ["AmendedOn"] = "aangepast per", ["NationalRegisterVersion"] = "versie landelijk register",
    };

    public static string Entity(string type) => Entities.GetValueOrDefault(type, type);

    public static string Field(string field) => Fields.GetValueOrDefault(field, field);

    public static string Action(ChangeAction action) => action switch
    {
        ChangeAction.Added => "toegevoegd",
        ChangeAction.Removed => "verwijderd",
        _ => "gewijzigd",
    };
}
