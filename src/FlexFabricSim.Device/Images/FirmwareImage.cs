using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using MessagePack;
using MessagePack.Resolvers;

namespace FlexFabricSim.Device.Images;

/// <summary>
/// Reads and writes <c>*.ffimg</c> firmware images: the NVRAM of one card (layout in <see cref="ImageHeader"/>).
/// Every problem with the bytes is a <see cref="FirmwareImageException"/>; I/O problems stay I/O exceptions.
/// </summary>
public static class FirmwareImage
{
    /// <summary>The file extension, with the dot.</summary>
    public const string Extension = ".ffimg";

    /// <summary>The newest format version this build reads and the one it writes.</summary>
    public const ushort FormatVersion = ImageHeader.CurrentVersion;

    /// <summary>
    /// Test seam: when this environment variable is <c>after-temp-write</c>, <see cref="Write"/> kills the process
    /// (<see cref="Environment.FailFast(string)"/>) after the temporary file is written and flushed and before it is
    /// renamed over the target, so a test can prove an interrupted save leaves the old image intact.
    /// </summary>
    public const string FaultInjectionVariable = "FLEXFABRIC_FAULT_SAVE";

    /// <summary>Longest file <see cref="Read"/> will load.</summary>
    public const int MaxFileLength = ImageHeader.Length + ImageHeader.MaxPayloadLength;

    // Payloads come from files users hand in: untrusted (hash-collision-resistant, depth-limited). The resolver allows
    // non-public DTOs so the on-disk schema does not become public API.
    private static readonly MessagePackSerializerOptions SerializerOptions = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create(DynamicObjectResolverAllowPrivate.Instance, StandardResolver.Instance))
        .WithSecurity(MessagePackSecurity.UntrustedData);

    /// <summary>The image bytes of <paramref name="config"/>: deterministic, the same configuration always gives the same bytes.</summary>
    public static byte[] Encode(AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var payload = MessagePackSerializer.Serialize(ImagePayloadMapper.ToPayload(config), SerializerOptions);
        var image = new byte[ImageHeader.Length + payload.Length];
        payload.CopyTo(image.AsSpan(ImageHeader.Length));
        ImageHeader.Write(image, (ushort)config.Model, payload);
        return image;
    }

    /// <summary>Decodes image bytes, checking magic, length, CRC, format version, model and every value against the card's rules.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="expectedModel">When given, an image of another model is refused as
    /// <see cref="FirmwareImageReason.WrongModel"/>.</param>
    /// <exception cref="FirmwareImageException">The bytes are not a usable image.</exception>
    public static AdapterConfiguration Decode(ReadOnlySpan<byte> bytes, AdapterModel? expectedModel = null)
    {
        var magic = ImageHeader.Magic;
        if (bytes.Length < magic.Length || !bytes[..magic.Length].SequenceEqual(magic))
        {
            FirmwareImageException.Throw(FirmwareImageReason.NotAFirmwareImage,
                $"Not a FlexFabricSim firmware image: " +
                $"{(bytes.Length < magic.Length ? $"only {bytes.Length} bytes" : "it does not start with the image signature")}.", 0);
        }
        if (bytes.Length < ImageHeader.Length)
        {
            FirmwareImageException.Throw(FirmwareImageReason.Corrupt,
                $"The image is truncated: {bytes.Length} bytes, shorter than its {ImageHeader.Length}-byte header.", bytes.Length);
        }
        var header = ImageHeader.Read(bytes);
        var payload = bytes[ImageHeader.Length..];
        if (header.PayloadLength != (uint)payload.Length)
        {
            FirmwareImageException.Throw(FirmwareImageReason.Corrupt,
                $"The image is damaged: its header announces {header.PayloadLength} payload bytes but {payload.Length} follow (truncated " +
                $"or extended).", 12);
        }
        if (ImageHeader.ComputeCrc(bytes, payload) != header.Crc)
        {
            FirmwareImageException.Throw(FirmwareImageReason.Corrupt, "The image is damaged: its CRC-32 does not match its contents.", 16);
        }
        if (header.Version > ImageHeader.CurrentVersion)
        {
            FirmwareImageException.Throw(FirmwareImageReason.NewerFormat,
                $"The image was written by a newer FlexFabricSim (format version {header.Version}; this one reads up to " +
                $"{ImageHeader.CurrentVersion}).", 8);
        }
        if (header.Version == 0)
        {
            FirmwareImageException.Throw(FirmwareImageReason.Corrupt, "The image has format version 0, which no FlexFabricSim writes.", 8);
        }
        if (!Enum.IsDefined((AdapterModel)header.ModelCode))
        {
            FirmwareImageException.Throw(FirmwareImageReason.Corrupt,
                $"The image names an unknown adapter model code {header.ModelCode}.", 10);
        }
        var model = (AdapterModel)header.ModelCode;
        var config = DecodePayload(payload, model);
        if (expectedModel is { } expected && expected != model)
        {
            FirmwareImageException.Throw(FirmwareImageReason.WrongModel,
                $"The image is for the {AdapterCatalog.Get(model).Key}, not the {AdapterCatalog.Get(expected).Key}.", 10);
        }
        return config;
    }

    /// <summary>Reads and decodes the image at <paramref name="path"/>.</summary>
    /// <exception cref="FirmwareImageException">The file is not a usable image.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AdapterConfiguration Read(string path, AdapterModel? expectedModel = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > MaxFileLength)
        {
            FirmwareImageException.Throw(FirmwareImageReason.NotAFirmwareImage,
                $"Not a FlexFabricSim firmware image: {stream.Length} bytes is far larger than any image.");
        }
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Decode(bytes, expectedModel);
    }

    /// <summary>
    /// Saves <paramref name="config"/> to <paramref name="path"/> atomically: writes a temporary file in the same folder,
    /// flushes it to disk, then renames it over the target. A failed save leaves any previous file untouched and removes the temporary
    /// file.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be written (the old file, if any, is unchanged).</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to write in the folder.</exception>
    public static void Write(string path, AdapterConfiguration config)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = Encode(config);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? throw new IOException($"'{path}' has no folder.");
        var temp = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (Environment.GetEnvironmentVariable(FaultInjectionVariable) == "after-temp-write")
            {
                Environment.FailFast($"{FaultInjectionVariable}=after-temp-write: simulated crash between writing {temp} and renaming it.");
            }
            // rename(2) within one folder replaces the target atomically: readers see the old or the new image, never a mix.
            File.Move(temp, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static AdapterConfiguration DecodePayload(ReadOnlySpan<byte> payload, AdapterModel model)
    {
        try
        {
            var dto = MessagePackSerializer.Deserialize<ImagePayload>(payload.ToArray(), SerializerOptions, out var consumed);
            if (consumed != payload.Length)
            {
                throw new InvalidDataException($"{payload.Length - consumed} stray bytes follow the payload.");
            }
            return ImagePayloadMapper.FromPayload(dto ?? throw new InvalidDataException("The payload is empty."), model);
        }
        catch (UnknownFieldException ex)
        {
            FirmwareImageException.Throw(FirmwareImageReason.NewerFormat,
                $"The image was written by a newer FlexFabricSim: it holds the field '{ex.Key}', which this one does not know.",
                ImageHeader.Length, ex);
            return null;
        }
        catch (Exception ex) when (ex is MessagePackSerializationException or InvalidDataException or ArgumentException
            or FormatException or OverflowException or InvalidOperationException or EndOfStreamException)
        {
            FirmwareImageException.Throw(FirmwareImageReason.Corrupt,
                $"The image's contents are invalid: {ex.Message}", ImageHeader.Length, ex);
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The save already failed; the caller hears about that failure, not about the clean-up.
        }
    }
}
