namespace Samenwerking.Web.Data.Seed;

/// <summary>What asking for the examples did.</summary>
public enum ExamplesResult
{
    Added,
    AlreadyPresent,

    /// <summary>The register holds real arrangements: examples would mix with them, so none were added.</summary>
    RegisterHoldsRealData,
}
