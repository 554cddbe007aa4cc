using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;

namespace Samenwerking.IntegrationTests;

/// <summary>Arranges arrangements on the seeded register.</summary>
internal static class TestData
{
    public static async Task<Arrangement> AddArrangementAsync(
        this RegisterDatabase database,
        string name,
        string[] memberCodes,
        LegalForm legalForm = LegalForm.OpenbaarLichaam,
        GoalLevel goalLevel = GoalLevel.Tactisch,
        string[]? tasks = null,
        DateOnly? joinDate = null,
        DateOnly? leaveDate = null,
        string? policyAreaCode = null)
    {
        await using var db = database.CreateContext();
        var members = await db.Municipalities.Where(m => memberCodes.Contains(m.Code)).ToListAsync();
        var catalog = await db.MunicipalTasks.Where(t => (tasks ?? Array.Empty<string>()).Contains(t.Name)).ToListAsync();
        var arrangement = new Arrangement
        {
            Name = name,
            LegalForm = legalForm,
            GoalLevel = goalLevel,
            CentralMunicipality = legalForm == LegalForm.Centrumregeling ? members[0] : null,
            PolicyAreas = policyAreaCode is null ? [] : await db.PolicyAreas.Where(p => p.Code == policyAreaCode).ToListAsync(),
        };
        foreach (var member in members)
        {
            var membership = new Membership { Municipality = member, JoinDate = joinDate, LeaveDate = leaveDate };
            membership.SuggestInterests(legalForm);
            arrangement.Memberships.Add(membership);
            arrangement.TaskPlacements.AddRange(catalog.Select(task =>
                new TaskPlacement { Municipality = member, MunicipalTask = task, StartDate = joinDate, EndDate = leaveDate }));
        }

        db.Arrangements.Add(arrangement);
        await db.SaveChangesAsync();
        return arrangement;
    }
}
