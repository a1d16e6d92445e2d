using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Images;

/// <summary>One factory image shipped in <c>firmware-images/</c>: a factory-fresh card with a fixed, documented base MAC.</summary>
/// <param name="FileName">File name in <c>firmware-images/</c>, e.g. <c>534flr-sfp.ffimg</c>.</param>
/// <param name="Model">The adapter model.</param>
/// <param name="BaseMac">Port 0 / function 0's Ethernet MAC.</param>
/// <param name="IscsiBootFirmware">Whether iSCSI boot firmware is programmed.</param>
/// <param name="Description">What the image is for.</param>
public sealed record FactoryImage(string FileName, AdapterModel Model, MacAddress BaseMac, bool IscsiBootFirmware, string Description)
{
    /// <summary>The configuration this image holds.</summary>
    public AdapterConfiguration Create() => AdapterConfiguration.CreateFactory(Model, BaseMac, IscsiBootFirmware);

    /// <summary>The image's bytes, exactly as the file in <c>firmware-images/</c> holds them.</summary>
    public byte[] Encode() => FirmwareImage.Encode(Create());
}
