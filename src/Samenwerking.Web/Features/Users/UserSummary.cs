namespace Samenwerking.Web.Features.Users;

public sealed record UserSummary(string Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil);
