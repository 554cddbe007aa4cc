using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Seed;

/// <summary>
/// Invented arrangements that together show every legal form and goal level. Each is marked
/// <see cref="Arrangement.IsExample"/> and named "Voorbeeld: …"; none describes a real arrangement.
/// </summary>
internal static class ExampleArrangements
{
    private static readonly DateOnly Start = new(2019, 1, 1);
    private const int Year = 2025;

    public static IEnumerable<Arrangement> Create(SeedCatalog catalog)
    {
        var province = catalog.Province("PV26");
        var contractor = new Organisation { Name = "Voorbeeld Ontwikkelaar B.V.", Kind = OrganisationKind.Privaat };

        yield return Example(catalog, "Voorbeeld: Regio Utrecht Oost", "Regio Oost", GoalLevel.Strategisch, LegalForm.OpenbaarLichaam,
            "Een gezamenlijke regionale agenda voor wonen, economie en bereikbaarheid.",
            ["GM0344", "GM0355", "GM0310", "GM0321", "GM1581"], ["Regionale strategie en belangenbehartiging", "Regionale economische ontwikkeling"],
            organisation: province);
        yield return Example(catalog, "Voorbeeld: Gemeenschappelijk orgaan Jeugdhulp Eemland", "GO Jeugd Eemland", GoalLevel.Tactisch,
            LegalForm.GemeenschappelijkOrgaan, "Gezamenlijke inkoop en contractbeheer van specialistische jeugdhulp.",
            ["GM0307", "GM0327", "GM0342", "GM0308", "GM0317", "GM0313"], ["Inkoop jeugdhulp"]);
        yield return Example(catalog, "Voorbeeld: Bedrijfsvoeringsorganisatie ICT Lek en IJssel", "BVO ICT", GoalLevel.Operationeel,
            LegalForm.Bedrijfsvoeringsorganisatie, "Beheer van ICT, inkoop en salarisadministratie voor de deelnemende gemeenten.",
            ["GM0356", "GM0353", "GM0331", "GM0335"], ["ICT-beheer", "Inkoop en aanbesteding", "Personeels- en salarisadministratie"]);
        yield return Example(catalog, "Voorbeeld: Centrumregeling Leerplicht en RMC Zuidoost-Brabant", "Leerplicht ZOB", GoalLevel.Tactisch,
            LegalForm.Centrumregeling, "Eindhoven voert de leerplicht en het RMC uit voor de deelnemende gemeenten.",
            ["GM0772", "GM0861", "GM0753"], ["Leerplicht", "RMC voortijdig schoolverlaten"], central: "GM0772");
        yield return Example(catalog, "Voorbeeld: Regeling Recreatiegebied Hart van Brabant", "Recreatie HvB", GoalLevel.Tactisch,
            LegalForm.RegelingZonderMeer, "Afspraken over aanleg en beheer van een gezamenlijk recreatiegebied.",
            ["GM0855", "GM0824", "GM0785", "GM0798", "GM0766"], ["Recreatiegebieden"]);
        yield return Example(catalog, "Voorbeeld: Convenant Regionale Economische Agenda Noord-Holland Noord", "REA NHN", GoalLevel.Strategisch,
            LegalForm.Bestuursovereenkomst, "Bestuurlijke afspraken over een gezamenlijke economische agenda.",
            ["GM0361", "GM1980", "GM0373", "GM0383", "GM0399"], ["Regiomarketing en toerisme", "Regionale economische ontwikkeling"]);
        yield return Example(catalog, "Voorbeeld: Afvalinzameling Noordwest Friesland B.V.", "Afval NWF", GoalLevel.Operationeel,
            LegalForm.BeslotenVennootschap, "Inzameling en overslag van huishoudelijk afval.",
            ["GM0080", "GM0072", "GM1949"], ["Afvalinzameling en -verwerking"]);
        yield return Example(catalog, "Voorbeeld: Afvalverwerking Noord N.V.", "AVN", GoalLevel.Operationeel,
            LegalForm.NaamlozeVennootschap, "Verwerking van huishoudelijk afval tot grondstoffen en energie.",
            ["GM0014", "GM1966", "GM1969", "GM1979", "GM1952"], ["Afvalinzameling en -verwerking"]);
        yield return Example(catalog, "Voorbeeld: Grondexploitatie Stationsgebied C.V.", "Stationsgebied CV", GoalLevel.Tactisch,
            LegalForm.CommanditaireVennootschap, "Publiek-private ontwikkeling van een stationsgebied.",
            ["GM0193", "GM0166"], ["Ruimtelijke ordening"], organisation: contractor);
        yield return Example(catalog, "Voorbeeld: Stichting Regionaal Archief Zuid-Limburg", "RAZL", GoalLevel.Operationeel,
            LegalForm.Stichting, "Beheer en openbaarmaking van de archieven van de deelnemende gemeenten.",
            ["GM0935", "GM0917", "GM1883"], ["Archiefbeheer"]);
        yield return Example(catalog, "Voorbeeld: Vereniging Gemeenten Zeeuwse Kust", "VGZK", GoalLevel.Strategisch,
            LegalForm.Vereniging, "Gezamenlijke belangenbehartiging voor de kustgemeenten.",
            ["GM0687", "GM0718"], ["Regionale strategie en belangenbehartiging"]);
        yield return Example(catalog, "Voorbeeld: Inkoopcoöperatie Oost-Groningen U.A.", "Inkoop OG", GoalLevel.Operationeel,
            LegalForm.Cooperatie, "Gezamenlijke inkoop van diensten en leveringen.",
            ["GM0037", "GM0047", "GM0765", "GM1895", "GM1950"], ["Inkoop en aanbesteding"]);
        yield return Example(catalog, "Voorbeeld: Netwerk Sociaal Domein IJsselvallei", "Netwerk IJssel", GoalLevel.Tactisch,
            LegalForm.Overig, "Informele afstemming over beschermd wonen en schulddienstverlening.",
            ["GM0150", "GM0193", "GM0166"], ["Beschermd wonen en maatschappelijke opvang", "Schulddienstverlening"]);
    }

    private static Arrangement Example(
        SeedCatalog catalog,
        string name,
        string shortName,
        GoalLevel goalLevel,
        LegalForm legalForm,
        string purpose,
        string[] memberCodes,
        string[] taskNames,
        string? central = null,
        Organisation? organisation = null)
    {
        var tasks = taskNames.Select(catalog.Task).ToList();
        var arrangement = new Arrangement
        {
            Name = name,
            ShortName = shortName,
            GoalLevel = goalLevel,
            LegalForm = legalForm,
            Purpose = purpose,
            PublicInterest = "Voorbeeldgegevens: dit samenwerkingsverband is verzonnen om te laten zien wat het register vastlegt.",
            Seat = catalog.Municipality(memberCodes[0]).Name,
            CentralMunicipality = central is null ? null : catalog.Municipality(central),
            StartDate = Start,
            IsExample = true,
            PolicyAreas = tasks.Select(t => t.PolicyArea!).Distinct().ToList(),
            FinancialYears =
            [
                new FinancialYear
                {
                    Year = Year, EquityStart = 1_200_000m, EquityEnd = 1_150_000m, DebtStart = 800_000m, DebtEnd = 760_000m, Result = -50_000m,
                },
            ],
            Risks = [new Risk { Description = "Hogere kosten dan begroot door loon- en prijsstijgingen.", Class = 2, Mitigation = "Weerstandsreserve en tussentijdse rapportage." }],
            Evaluations = [new Evaluation { PerformedOn = new DateOnly(2023, 6, 1), PlannedFor = new DateOnly(2027, 6, 1), Summary = "Voorbeeldevaluatie." }],
        };

        var share = Math.Round(100m / memberCodes.Length, 2, MidpointRounding.ToZero);
        foreach (var code in memberCodes)
        {
            var municipality = catalog.Municipality(code);
            arrangement.Memberships.Add(new Membership
            {
                Municipality = municipality,
                JoinDate = Start,
                CostSharePercentage = share,
                GoverningBodies = [GoverningBody.College],
                RiskClass = 2,
                Contributions = [new Contribution { Year = Year, Budgeted = 100_000m, Realised = 98_500m }],
            });
            arrangement.TaskPlacements.AddRange(tasks.Select(task =>
                new TaskPlacement { Municipality = municipality, MunicipalTask = task, StartDate = Start }));
        }

        if (organisation is not null)
        {
            arrangement.Memberships.Add(new Membership { Organisation = organisation, JoinDate = Start });
        }

        foreach (var membership in arrangement.Memberships)
        {
            if (legalForm is LegalForm.Stichting or LegalForm.Vereniging)
            {
                // The example shows a stichting or vereniging that is a verbonden partij: a seat and a guarantee.
                membership.AdministrativeInterest = AdministrativeInterest.Zetel;
                membership.FinancialInterests = [FinancialInterest.Garantie];
            }
            else
            {
                membership.SuggestInterests(legalForm);
            }
        }

        return arrangement;
    }
}
