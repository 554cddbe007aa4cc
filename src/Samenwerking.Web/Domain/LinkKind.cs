namespace Samenwerking.Web.Domain;

/// <summary>What a link points to.</summary>
public enum LinkKind
{
    /// <summary>The published text of the regeling (CVDR, Gemeenteblad): what users want first.</summary>
    Regeling,

    /// <summary>A law the regeling rests on (Wgr, Wet publieke gezondheid …).</summary>
    WettelijkeGrondslag,
    Besluit,
    Statuten,
    Website,
    Overig,
}
