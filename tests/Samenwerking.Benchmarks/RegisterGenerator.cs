using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Fills a seeded register with a realistic, reproducible set of arrangements at a multiple of the national
/// register's size (scale 1: about 450 arrangements and 3,550 memberships; scale 10: ten times that), with
/// task placements by the arrangement's theme (some suggested, a few kept by the municipality), financial years, risks, planned evaluations and powers, with purposes in words people search
/// for. Members of one arrangement come mostly from one province, as in reality.
/// </summary>
internal sealed class RegisterGenerator(RegisterDbContext db, int scale, int years, int seed = 2026)
{
    private static readonly string[] College = ["College"];

    private const int NationalArrangements = 450;
    private static readonly LegalForm[] Forms =
    [
        .. Enumerable.Repeat(LegalForm.OpenbaarLichaam, 40), .. Enumerable.Repeat(LegalForm.RegelingZonderMeer, 15),
        .. Enumerable.Repeat(LegalForm.Centrumregeling, 10), .. Enumerable.Repeat(LegalForm.Bedrijfsvoeringsorganisatie, 10),
        .. Enumerable.Repeat(LegalForm.GemeenschappelijkOrgaan, 5), .. Enumerable.Repeat(LegalForm.Bestuursovereenkomst, 6),
        LegalForm.BeslotenVennootschap, LegalForm.BeslotenVennootschap, LegalForm.NaamlozeVennootschap, LegalForm.NaamlozeVennootschap,
        LegalForm.CommanditaireVennootschap, LegalForm.Stichting, LegalForm.Stichting, LegalForm.Stichting, LegalForm.Vereniging,
        LegalForm.Cooperatie, LegalForm.Cooperatie, LegalForm.Overig,
    ];

    private static readonly string[] Themes =
    [
        "Omgevingsdienst", "GGD", "Sociaal Domein", "Belastingsamenwerking", "ICT-samenwerking", "Afvalschap", "Recreatieschap",
        "Werkbedrijf", "Jeugdhulp", "Regionaal Archief", "Leerplicht en RMC", "Metropoolregio", "Economic Board", "Inkoopbureau",
    ];

    /// <summary>What each theme is for, so the search has real words to find (purposes, public interests, powers).</summary>
    private static readonly Dictionary<string, (string Purpose, string Interest, string Power)> Texts = new()
    {
        ["Omgevingsdienst"] = ("Vergunningverlening, toezicht en handhaving op het gebied van milieu en bouwen.", "Een veilige en gezonde leefomgeving.", "Verlenen van omgevingsvergunningen voor milieubelastende activiteiten"),
        ["GGD"] = ("Publieke gezondheidszorg, jeugdgezondheidszorg en infectieziektebestrijding.", "Bescherming en bevordering van de gezondheid van inwoners.", "Uitvoeren van de taken uit de Wet publieke gezondheid"),
        ["Sociaal Domein"] = ("Gezamenlijke inkoop van Wmo-begeleiding en beschermd wonen.", "Passende ondersteuning voor kwetsbare inwoners.", "Sluiten van contracten met zorgaanbieders"),
        ["Belastingsamenwerking"] = ("Heffen en invorderen van gemeentelijke belastingen en waardering onroerende zaken (WOZ).", "Doelmatige belastinginning.", "Heffing en invordering van gemeentelijke belastingen"),
        ["ICT-samenwerking"] = ("Gezamenlijk beheer van werkplekken, applicaties en informatiebeveiliging.", "Betrouwbare en veilige dienstverlening.", "Aanbesteden van ICT-diensten"),
        ["Afvalschap"] = ("Inzameling en verwerking van huishoudelijk afval en grondstoffen.", "Een schone leefomgeving en hergebruik van grondstoffen.", "Inzamelen van huishoudelijke afvalstoffen"),
        ["Recreatieschap"] = ("Aanleg en beheer van recreatiegebieden, fietspaden en natuur.", "Ruimte voor recreatie in het groen.", "Vaststellen van de recreatieverordening"),
        ["Werkbedrijf"] = ("Re-integratie, beschut werk en uitvoering van de Participatiewet.", "Werk voor iedereen die kan werken.", "Verlenen van bijstand en re-integratievoorzieningen"),
        ["Jeugdhulp"] = ("Regionale inkoop en contractbeheer van jeugdhulp en jeugdbescherming.", "Tijdige en passende hulp voor jeugdigen.", "Inkopen van specialistische jeugdhulp"),
        ["Regionaal Archief"] = ("Beheer van archieven en toezicht op de naleving van de Archiefwet.", "Toegankelijke archieven voor inwoners en onderzoekers.", "Toezicht op het archiefbeheer"),
        ["Leerplicht en RMC"] = ("Toezicht op de leerplicht en aanpak van voortijdig schoolverlaten.", "Iedere jongere een startkwalificatie.", "Handhaving van de Leerplichtwet en opmaken van processen-verbaal"),
        ["Metropoolregio"] = ("Regionale strategie voor economie, wonen en bereikbaarheid.", "Een sterke en bereikbare regio.", "Vaststellen van de regionale investeringsagenda"),
        ["Economic Board"] = ("Regionale economische ontwikkeling en vestigingsbeleid.", "Werkgelegenheid en innovatie in de regio.", "Verstrekken van subsidies voor innovatie"),
        ["Inkoopbureau"] = ("Gezamenlijk inkopen en aanbesteden van diensten en leveringen.", "Rechtmatige en doelmatige inkoop.", "Aanbesteden namens de deelnemers"),
    };

    /// <summary>
    /// The catalog tasks an arrangement of each theme carries (by task code), as the national register's regelingen do:
    /// a GGD public health and youth health care, an omgevingsdienst the environmental and building VTH tasks, and so on.
    /// </summary>
    private static readonly Dictionary<string, string[]> ThemeTasks = new()
    {
        ["Omgevingsdienst"] = ["OMGEVINGSDIENST", "VTHBOUW"],
        ["GGD"] = ["PG", "JGZ"],
        ["Sociaal Domein"] = ["WMO", "BWMO", "VERVOER"],
        ["Belastingsamenwerking"] = ["BELASTING", "WOZ"],
        ["ICT-samenwerking"] = ["ICT"],
        ["Afvalschap"] = ["AFVAL"],
        ["Recreatieschap"] = ["RECREATIE"],
        ["Werkbedrijf"] = ["WSW", "REINTEGRATIE", "BIJSTAND"],
        ["Jeugdhulp"] = ["JEUGDHULP", "JEUGDBESCHERMING", "VEILIGTHUIS"],
        ["Regionaal Archief"] = ["ARCHIEF"],
        ["Leerplicht en RMC"] = ["LEERPLICHT", "RMC"],
        ["Metropoolregio"] = ["REGIO", "ECONOMIE", "RO"],
        ["Economic Board"] = ["ECONOMIE"],
        ["Inkoopbureau"] = ["INKOOP"],
    };

    private static readonly string[] Seats = ["Utrecht", "Zwolle", "Arnhem", "Den Bosch", "Groningen", "Leeuwarden", "Assen", "Middelburg", "Maastricht", "Haarlem", "Leiden", "Lelystad"];

    private readonly Random random = new(seed);

    public async Task<GeneratedCounts> GenerateAsync(CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.Select(m => new { m.Id, m.Name, m.ProvinceCode }).ToListAsync(cancellationToken);
        var byProvince = municipalities.GroupBy(m => m.ProvinceCode).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToArray());
        var names = municipalities.ToDictionary(m => m.Id, m => m.Name);
        var provinces = byProvince.Keys.Order(StringComparer.Ordinal).ToArray();
        var tasks = await db.MunicipalTasks.Select(t => new { t.Id, t.Code, t.PolicyAreaId }).ToListAsync(cancellationToken);
        var byCode = tasks.Where(t => t.Code != null).ToDictionary(t => t.Code!);
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);

        var nextArrangement = await db.Arrangements.MaxAsync(a => a.Id, cancellationToken) + 1;
        var nextMembership = await db.Memberships.MaxAsync(m => m.Id, cancellationToken) + 1;
        var nextPlacement = await db.TaskPlacements.MaxAsync(p => p.Id, cancellationToken) + 1;
        var existing = await db.Arrangements.CountAsync(cancellationToken);

        var arrangements = new List<object?[]>();
        var policyAreas = new List<object?[]>();
        var memberships = new List<object?[]>();
        var placements = new List<object?[]>();
        var contributions = new List<object?[]>();
        var financialYears = new List<object?[]>();
        var risks = new List<object?[]>();
        var evaluations = new List<object?[]>();
        var powers = new List<object?[]>();
        var firstYear = DateTime.Today.Year - years + 1;

        for (var n = 0; n < NationalArrangements * scale - existing; n++)
        {
            var id = nextArrangement++;
            var province = provinces[random.Next(provinces.Length)];
            var members = PickMembers(byProvince[province], byProvince, provinces);
            var form = Forms[random.Next(Forms.Length)];
            var goal = form == LegalForm.Bedrijfsvoeringsorganisatie ? GoalLevel.Operationeel : (GoalLevel)Weighted(15, 65, 20);
            var start = new DateOnly(random.Next(1990, 2024), 1, 1);
            DateOnly? end = random.Next(100) < 3 ? start.AddYears(random.Next(1, 3)) : null;
            var theme = Themes[random.Next(Themes.Length)];
            var armTasks = ThemeTasks[theme].Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
            // About four in ten arrangements carry the import's suggestions (decision 0021) that nobody confirmed yet.
            var suggested = random.Next(100) < 40;
            var reason = suggested ? $"titel: “{theme.ToLowerInvariant()}”" : null;

            var texts = Texts[theme];
            arrangements.Add([
                id, $"{theme} {names[members[0]]} e.o. {id}", $"{theme[..Math.Min(theme.Length, 12)]} {id}", goal.ToString(),
                form.ToString(), texts.Purpose, texts.Interest, Seats[random.Next(Seats.Length)],
                form == LegalForm.Centrumregeling ? members[0] : null, start, end, false, false,
            ]);
            powers.Add([id, texts.Power, ((PowerAcquisition)random.Next(3)).ToString()]);
            for (var r = random.Next(0, 4); r > 0; r--)
            {
                risks.Add([id, $"Risico {r}: {(r == 1 ? "tekort op de exploitatie" : r == 2 ? "stijgende loonkosten" : "claims van derden")}", (short)random.Next(1, 4), "Weerstandsvermogen"]);
            }

            evaluations.Add([id, DateOnly.FromDateTime(DateTime.Today).AddDays(random.Next(-700, 700))]);
            policyAreas.AddRange(armTasks.Select(t => t.PolicyAreaId).Distinct().Select(p => new object?[] { id, p }));

            var share = Math.Round(100m / members.Length, 2, MidpointRounding.ToZero);
            foreach (var member in members)
            {
                var membershipId = nextMembership++;
                DateOnly? leave = end is null && random.Next(100) < 4 ? start.AddYears(random.Next(1, 20)) : end;
                memberships.Add([membershipId, id, member, null, start, leave, share, College, (short)random.Next(1, 4)]);
                foreach (var task in armTasks.Where(_ => random.Next(100) < 85))
                {
                    placements.Add([nextPlacement++, member, task.Id, id, start, leave, suggested, reason]);
                }

                for (var year = firstYear; year < firstYear + years; year++)
                {
                    var budgeted = random.Next(5_000, 2_000_000);
                    contributions.Add([membershipId, year, (decimal)budgeted, (decimal)(budgeted * random.Next(90, 110) / 100)]);
                }
            }

            if (random.Next(100) < 10)
            {
                memberships.Add([nextMembership++, id, null, organisation, start, end, null, Array.Empty<string>(), null]);
            }

            for (var year = firstYear; year < firstYear + years; year++)
            {
                var equity = random.Next(0, 20_000_000);
                var debt = random.Next(0, 40_000_000);
                // In decimals: 40 million × 110 overflows an int, which made debt negative (the database now refuses that).
                financialYears.Add([id, year, (decimal)equity, (decimal)equity * random.Next(90, 115) / 100, (decimal)debt,
                    (decimal)debt * random.Next(85, 110) / 100, (decimal)random.Next(-500_000, 500_000)]);
            }
        }

        // Each municipality keeps a few tasks itself (decision 0007), and registers that: tasks it placed nowhere else.
        var placedInArrangements = placements.Select(p => ((int)p[1]!, (int)p[2]!)).ToHashSet();
        foreach (var municipality in municipalities)
        {
            foreach (var task in tasks.OrderBy(_ => random.Next()).Take(random.Next(0, 5)).Where(t => !placedInArrangements.Contains((municipality.Id, t.Id))))
            {
                placements.Add([nextPlacement++, municipality.Id, task.Id, null, new DateOnly(2015, 1, 1), null, false, null]);
            }
        }

        // A task lies in one place per municipality at a time (decision 0026): a pair the register holds confirmed is left
        // out, and a pair placed in several arrangements (or already suggested) is a suggestion in each, as the import
        // leaves them for review.
        var placedBefore = (await db.TaskPlacements.Select(p => new { p.MunicipalityId, p.MunicipalTaskId, p.IsSuggestion }).ToListAsync(cancellationToken))
            .ToLookup(p => (p.MunicipalityId, p.MunicipalTaskId), p => p.IsSuggestion);
        var generated = placements.Where(p => !placedBefore[((int)p[1]!, (int)p[2]!)].Contains(false)).ToList();
        var perPair = generated.GroupBy(p => ((int)p[1]!, (int)p[2]!)).ToDictionary(g => g.Key, g => g.Count());
        placements = generated.Select(p =>
        {
            var suggested = (bool)p[6]! || perPair[((int)p[1]!, (int)p[2]!)] > 1 || placedBefore[((int)p[1]!, (int)p[2]!)].Any();
            return new object?[] { p[0], p[1], p[2], p[3], p[4], p[5], suggested, suggested ? p[7] ?? "titel: gegenereerd" : null };
        }).ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CopyAsync(connection, "arrangements (id, name, short_name, goal_level, legal_form, purpose, public_interest, seat, central_municipality_id, start_date, end_date, goal_level_is_suggestion, is_example)",
            arrangements, cancellationToken);
        await CopyAsync(connection, "arrangement_policy_areas (arrangement_id, policy_area_id)", policyAreas, cancellationToken);
        await CopyAsync(connection, "memberships (id, arrangement_id, municipality_id, organisation_id, join_date, leave_date, cost_share_percentage, governing_bodies, risk_class)",
            memberships, cancellationToken);
        await CopyAsync(connection, "task_placements (id, municipality_id, municipal_task_id, arrangement_id, start_date, end_date, is_suggestion, suggestion_reason)",
            placements, cancellationToken);
        await CopyAsync(connection, "contributions (membership_id, year, budgeted, realised)", contributions, cancellationToken);
        await CopyAsync(connection, "financial_years (arrangement_id, year, equity_start, equity_end, debt_start, debt_end, result)",
            financialYears, cancellationToken);
        await CopyAsync(connection, "risks (arrangement_id, description, \"class\", mitigation)", risks, cancellationToken);
        await CopyAsync(connection, "evaluations (arrangement_id, planned_for)", evaluations, cancellationToken);
        await CopyAsync(connection, "transferred_powers (arrangement_id, description, acquisition)", powers, cancellationToken);
        await using (var command = new NpgsqlCommand("""
            SELECT setval(pg_get_serial_sequence('arrangements', 'id'), (SELECT max(id) FROM arrangements));
            SELECT setval(pg_get_serial_sequence('memberships', 'id'), (SELECT max(id) FROM memberships));
            SELECT setval(pg_get_serial_sequence('task_placements', 'id'), (SELECT max(id) FROM task_placements));
            ANALYZE;
            """, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new GeneratedCounts(
            await db.Arrangements.CountAsync(cancellationToken),
            await db.Memberships.CountAsync(cancellationToken),
            await db.TaskPlacements.CountAsync(cancellationToken),
            await db.Contributions.CountAsync(cancellationToken));
    }

    /// <summary>Mostly 2–12 members from one province; now and then a large one that reaches into other provinces.</summary>
    private int[] PickMembers(int[] province, Dictionary<string, int[]> byProvince, string[] provinces)
    {
        var size = Weighted(50, 38, 10, 2) switch
        {
            0 => random.Next(2, 6),
            1 => random.Next(6, 13),
            2 => random.Next(13, 26),
            _ => random.Next(26, 46),
        };
        var pool = province.OrderBy(_ => random.Next()).ToList();
        while (pool.Count < size)
        {
            pool.AddRange(byProvince[provinces[random.Next(provinces.Length)]].Except(pool).OrderBy(_ => random.Next()));
        }

        return pool.Take(size).ToArray();
    }

    private int Weighted(params int[] weights)
    {
        var pick = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                await (value switch
                {
                    null => writer.WriteNullAsync(cancellationToken),
                    int i => writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken),
                    bool b => writer.WriteAsync(b, NpgsqlDbType.Boolean, cancellationToken),
                    short s => writer.WriteAsync(s, NpgsqlDbType.Smallint, cancellationToken),
                    decimal d => writer.WriteAsync(d, NpgsqlDbType.Numeric, cancellationToken),
                    DateOnly date => writer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
                    string text => writer.WriteAsync(text, NpgsqlDbType.Varchar, cancellationToken),
                    string[] texts => writer.WriteAsync(texts, NpgsqlDbType.Array | NpgsqlDbType.Varchar, cancellationToken),
                    _ => throw new InvalidOperationException($"Unexpected value {value}"),
                });
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
