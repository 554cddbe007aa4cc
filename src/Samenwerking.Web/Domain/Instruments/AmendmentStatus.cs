namespace Samenwerking.Web.Domain.Instruments;

/// <summary>Whether a regeling was brought in line with the 2022 amendment of the Wgr; null on the arrangement while unknown.</summary>
public enum AmendmentStatus
{
    Aangepast,
    NietAangepast,
}
