using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Seed;

/// <summary>
/// Fills an empty register with reference data (municipalities, also those that merged and that the national
/// register still names; provinces, policy areas, the task catalog) and the 25 veiligheidsregio's, each with its
/// national identity so an import links it exactly. Examples are a demo, added only on request.
/// </summary>
public sealed class RegisterSeeder(IDbContextFactory<RegisterDbContext> contextFactory)
{
    private static readonly DateOnly VeiligheidsregioStart = new(2010, 10, 1);

    /// <summary>
    /// Applies the migrations; seeds when the register has no municipalities yet. True when it seeded. Instances that
    /// start at once take turns (<see cref="StartupLock"/>).
    /// </summary>
    public async Task<bool> MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var startupLock = await DatabaseCreation.CreateIfMissingAndLockAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Municipalities.AnyAsync(cancellationToken))
        {
            await db.RetryingAsync(() => SyncTaskCatalogAsync(db, cancellationToken));
            return false;
        }

        await db.RetryingAsync(() => SeedAsync(db, cancellationToken));
        return true;
    }

    private static async Task SeedAsync(RegisterDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var provinces = SeedFile.Read("provinces.csv").Select(r => new Province { Code = r[0], Name = r[1] }).ToList();
        db.Provinces.AddRange(provinces);

        // Provinces also take part in arrangements, as organisations identified by their CBS code.
        var provinceOrganisations = provinces
            .Select(p => new Organisation { Name = $"Provincie {p.Name}", Kind = OrganisationKind.Provincie, Identifier = p.Code })
            .ToDictionary(o => o.Identifier!);
        db.Organisations.AddRange(provinceOrganisations.Values);
        var policyAreas = SeedFile.Read("policy-areas.csv")
            .Select(r => new PolicyArea { Code = r[0], Name = r[1] })
            .ToDictionary(p => p.Code);
        db.PolicyAreas.AddRange(policyAreas.Values);
        var tasks = CatalogRows()
            .Select(r =>
            {
                var task = new MunicipalTask { Name = r.Name, Taakveld = r.Taakveld };
                r.CopyTo(task, policyAreas);
                return task;
            })
            .ToDictionary(t => t.Name);
        db.MunicipalTasks.AddRange(tasks.Values);

        var rows = SeedFile.Read("municipalities.csv");
        var municipalities = rows
            .Select(r => new Municipality { Code = r[0], Name = r[1], ProvinceCode = r[2] })
            .ToDictionary(m => m.Code);
        db.Municipalities.AddRange(municipalities.Values);
        foreach (var row in SeedFile.Read("former-municipalities.csv"))
        {
            db.Municipalities.Add(new Municipality
            {
                Code = row[0],
                Name = row[1],
                ProvinceCode = row[2],
                ValidTo = DateOnly.ParseExact(row[3], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Successor = row[4].Length == 0 ? null : municipalities[row[4]],
            });
        }

        var regionOf = rows.ToLookup(r => r[3], r => municipalities[r[0]]);
        var catalog = new SeedCatalog(municipalities, tasks, policyAreas, provinceOrganisations);
        foreach (var region in SeedFile.Read("veiligheidsregios.csv"))
        {
            db.Arrangements.Add(Veiligheidsregio(region[1], region[2], regionOf[region[0]], catalog));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Brings the seeded task catalog of an existing register up to date with tasks.csv: a task is found by its code,
    /// else by its name (registers seeded before tasks had codes), and gets the catalog's code, name, taakveld, laws and
    /// description; a task the catalog lacks is added. Placements keep their task (its id does not change), tasks a
    /// beheerder added stay as they are. Saves nothing when the catalog is current.
    /// </summary>
    private static async Task SyncTaskCatalogAsync(RegisterDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.MunicipalTasks.ToListAsync(cancellationToken);
        var policyAreas = await db.PolicyAreas.ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var row in CatalogRows())
        {
            var task = existing.FirstOrDefault(t => t.Code == row.Code) ?? existing.FirstOrDefault(t => t.Code is null && t.Name == row.Name);
            if (task is null)
            {
                task = new MunicipalTask { Name = row.Name, Taakveld = row.Taakveld };
                db.MunicipalTasks.Add(task);
            }

            row.CopyTo(task, policyAreas);
        }

        if (db.ChangeTracker.HasChanges())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static IEnumerable<CatalogRow> CatalogRows() =>
        SeedFile.Read("tasks.csv").Select(r => new CatalogRow(r[0], r[1], r[2], r[3], string.Join("; ", r[4..].Select(part => part.Trim())).Trim()));

    private sealed record CatalogRow(string Code, string Taakveld, string Name, string Description, string LegalBasis)
    {
        /// <summary>Assigns the catalog's values; the change tracker saves only those that differ.</summary>
        public void CopyTo(MunicipalTask task, Dictionary<string, PolicyArea> policyAreas)
        {
            task.Code = Code;
            task.Name = Name;
            task.Taakveld = Taakveld;
            task.Description = Description;
            task.LegalBasis = LegalBasis.Length == 0 ? null : LegalBasis;
            task.PolicyArea = policyAreas[Taakveld.Split('.')[0]];
        }
    }

    /// <summary>
    /// Adds the examples of every legal form and goal level: a demo for a register without real data. Refused once the
    /// register holds arrangements of its own beyond the seeded veiligheidsregio's; an import removes them again.
    /// </summary>
    public async Task<ExamplesResult> AddExamplesAsync(CancellationToken cancellationToken)
    {
        await MigrateAndSeedAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Arrangements.AnyAsync(a => a.IsExample, cancellationToken))
        {
            return ExamplesResult.AlreadyPresent;
        }

        var seeded = SeedFile.Read("veiligheidsregios.csv").Select(r => r[2]).ToList();
        if (await db.Arrangements.AnyAsync(a => a.NationalRegisterId == null || !seeded.Contains(a.NationalRegisterId), cancellationToken))
        {
            return ExamplesResult.RegisterHoldsRealData;
        }

        var catalog = new SeedCatalog(
            await db.Municipalities.ToDictionaryAsync(m => m.Code, cancellationToken),
            await db.MunicipalTasks.ToDictionaryAsync(t => t.Name, cancellationToken),
            await db.PolicyAreas.ToDictionaryAsync(p => p.Code, cancellationToken),
            await db.Organisations.Where(o => o.Kind == OrganisationKind.Provincie && o.Identifier != null)
                .ToDictionaryAsync(o => o.Identifier!, cancellationToken));
        db.Arrangements.AddRange(ExampleArrangements.Create(catalog));
        await db.SaveChangesAsync(cancellationToken);
        return ExamplesResult.Added;
    }

    private static Arrangement Veiligheidsregio(string name, string nationalRegisterId, IEnumerable<Municipality> members, SeedCatalog catalog)
    {
        var arrangement = new Arrangement
        {
            Name = $"Veiligheidsregio {name}",
            NationalRegisterId = nationalRegisterId,
            ShortName = $"VR {name}",
            GoalLevel = GoalLevel.Tactisch,
            LegalForm = LegalForm.OpenbaarLichaam,
            Purpose = "Brandweerzorg, rampenbestrijding, crisisbeheersing en geneeskundige hulpverlening in de regio, " +
                "zoals de Wet veiligheidsregio's die aan de veiligheidsregio opdraagt.",
            PublicInterest = "Een veilige leefomgeving: voorkomen, beperken en bestrijden van branden, rampen en crises.",
            StartDate = VeiligheidsregioStart,
            PolicyAreas = [catalog.PolicyArea("1")],
            Powers =
            [
                new TransferredPower
                {
                    Description = "De taken en bevoegdheden die de Wet veiligheidsregio's aan het bestuur van de veiligheidsregio toekent.",
                    Acquisition = PowerAcquisition.Attributie,
                    LegalBasis = "Wet veiligheidsregio's, art. 9 en 10",
                },
            ],
            Links =
            [
                new LegalBasisLink { Title = "Wet veiligheidsregio's", Url = "https://wetten.overheid.nl/BWBR0027466", Kind = LinkKind.Regeling },
            ],
        };

        foreach (var municipality in members)
        {
            var membership = new Membership { Municipality = municipality, GoverningBodies = [GoverningBody.College] };
            membership.SuggestInterests(arrangement.LegalForm);
            arrangement.Memberships.Add(membership);
            foreach (var task in new[] { "Brandweerzorg", "Crisisbeheersing en rampenbestrijding" })
            {
                arrangement.TaskPlacements.Add(new TaskPlacement { Municipality = municipality, MunicipalTask = catalog.Task(task) });
            }
        }

        return arrangement;
    }
}
