namespace Samenwerking.Web.Features.Caching;

/// <summary>Settings of the page cache (section <c>Caching</c>).</summary>
public sealed class CachingOptions
{
    /// <summary>Serve anonymous readers from the output cache. Off only to measure the pages themselves.</summary>
    public bool Pages { get; set; } = true;

    /// <summary>How long an unchanged page stays cached; a change of the register evicts it at once.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromHours(1);
}
