namespace Samenwerking.Web.Features.Users;

public sealed record UserSummary(string Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil, bool TwoFactor)
{
    /// <summary>Blocked by a beheerder, until unblocked; a lockout after wrong codes ends by itself.</summary>
    public bool IsBlocked => LockedOutUntil is { } until && until >= UserAdministration.Blocked;
}
