using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Instruments;
using Samenwerking.Web.Features.Calendar;

namespace Samenwerking.Web.Features.Instruments;

/// <summary>
/// The council's page of one regeling for one municipality: two round trips for the regeling and this municipality's
/// participation, and the calendar's (at most two) for the next deadline.
/// </summary>
public sealed class InstrumentQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    /// <summary>Null when the municipality or the regeling is unknown, or the municipality never took part in it.</summary>
    public async Task<CouncilRegeling?> ForAsync(string code, int id, DateOnly today, CancellationToken cancellationToken)
    {
        if (Municipality.NormaliseCode(code) is not { } normalised)
        {
            return null;
        }

        return await contextFactory.ReadingAsync(db => ForAsync(db, normalised, id, today, cancellationToken), cancellationToken);
    }

    private static async Task<CouncilRegeling?> ForAsync(
        RegisterDbContext db, string normalised, int id, DateOnly today, CancellationToken cancellationToken)
    {
        var regeling = await db.Arrangements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Name, a.ShortName, a.LegalForm, a.StartDate, a.EndDate,
                a.ZienswijzeDecisions, a.HasAdvisoryCommittee, a.AdvisoryCommittee, a.ResidentParticipation, a.EvaluationPeriodYears,
                a.ExitNoticeMonths, a.ExitCosts, a.ExitRules, a.AmendmentStatus, a.AmendedOn,
                Municipality = db.Municipalities.Where(m => m.Code == normalised).Select(m => new { m.Id, m.Code, m.Name }).FirstOrDefault(),
                ProvinceTakesPart = a.Memberships.Any(p => p.Organisation != null && p.Organisation.Kind == OrganisationKind.Provincie),
                Bodies = db.Memberships.AsQueryable().Where(Membership.ActiveOn(today)).Where(m => m.ArrangementId == a.Id)
                    .Select(m => m.GoverningBodies).ToList(),
                Versions = a.Versions.Select(v => new { v.StartDate, v.EndDate }).ToList(),
                Evaluations = a.Evaluations.Select(e => new { e.PerformedOn, e.PlannedFor }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (regeling?.Municipality is not { } municipality)
        {
            return null;
        }

        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.ArrangementId == id && m.MunicipalityId == municipality.Id)
            .Select(m => new
            {
                m.JoinDate, m.LeaveDate, m.GoverningBodies, m.CouncilCommittee,
                Representatives = m.Representatives.Select(r => new RepresentativeItem(r.Board, r.Name, r.Role)).ToList(),
                Contributions = m.Contributions.Select(c => new { c.Year, c.Budgeted, c.Realised }).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (memberships.Count == 0)
        {
            return null;
        }

        // The participation in force today; else the latest, so a former member still sees what it was.
        var own = memberships.FirstOrDefault(m => Periods.Contains(m.JoinDate, m.LeaveDate, today))
            ?? memberships.OrderByDescending(m => m.JoinDate ?? DateOnly.MinValue).First();
        var isActive = Periods.Contains(own.JoinDate, own.LeaveDate, today);
        var kind = regeling.LegalForm.IsGemeenschappelijkeRegeling()
            ? RegelingKinds.Of(regeling.Bodies.Select(b => (IReadOnlyCollection<GoverningBody>)b))
            : null;
        var currentVersion = regeling.Versions.Where(v => Periods.Contains(v.StartDate, v.EndDate, today)).MaxBy(v => v.StartDate);
        var next = isActive
            ? await CalendarQueries.NextDeadlineAsync(db, id, regeling.LegalForm, regeling.StartDate, regeling.EndDate, regeling.ProvinceTakesPart,
                municipality.Id, today, cancellationToken)
            : null;

        return new CouncilRegeling(
            regeling.Id, regeling.Name, regeling.ShortName, regeling.LegalForm, municipality.Code, municipality.Name, kind,
            CouncilInstruments.For(regeling.LegalForm, own.GoverningBodies),
            new MembershipPeriod(own.JoinDate, own.LeaveDate, isActive),
            own.Representatives.OrderBy(r => r.Board).ThenBy(r => r.Name, StringComparer.Ordinal).ToList(),
            own.CouncilCommittee,
            new RegelingRules(regeling.ZienswijzeDecisions, regeling.HasAdvisoryCommittee, regeling.AdvisoryCommittee, regeling.ResidentParticipation,
                regeling.EvaluationPeriodYears, regeling.ExitNoticeMonths, regeling.ExitCosts, regeling.ExitRules),
            EvaluationSchedule.Of(regeling.Evaluations.Select(e => (e.PerformedOn, e.PlannedFor)), regeling.EvaluationPeriodYears),
            AmendmentAssessment.Of(regeling.LegalForm, regeling.AmendmentStatus, regeling.AmendedOn, currentVersion?.StartDate, today),
            next,
            memberships.SelectMany(m => m.Contributions).GroupBy(c => c.Year).OrderBy(g => g.Key)
                .Select(g => new ContributionItem(g.Key, Sum(g.Select(c => c.Budgeted)), Sum(g.Select(c => c.Realised)))).ToList());
    }

    /// <summary>A sum of the known figures; null when none is known (unknown is not zero).</summary>
    private static decimal? Sum(IEnumerable<decimal?> values)
    {
        var known = values.OfType<decimal>().ToList();
        return known.Count == 0 ? null : known.Sum();
    }
}
