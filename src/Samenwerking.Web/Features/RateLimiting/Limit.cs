namespace Samenwerking.Web.Features.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/>; a limit of 0 means no limit.</summary>
public sealed class Limit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    internal bool IsOn => PermitLimit > 0 && Window > TimeSpan.Zero;
}
