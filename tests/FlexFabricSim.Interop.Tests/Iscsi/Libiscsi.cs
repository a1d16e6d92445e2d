using System.Runtime.InteropServices;
using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Iscsi;

/// <summary>The libiscsi library (package libiscsi7, what libiscsi-bin's tools are built on), called directly for the bulk read and
/// write checks its command-line tools cannot do: the package ships no tool that writes, or copies a LUN to a file.</summary>
public sealed class Libiscsi : IDisposable
{
    private const string Library = "libiscsi.so.7";
    private const int SessionNormal = 2;
    private readonly IntPtr _context;

    private Libiscsi(IntPtr context) => _context = context;

    /// <summary>Logs in to <paramref name="target"/> LUN <paramref name="lun"/> at <paramref name="portal"/> (libiscsi's full connect).</summary>
    public static Libiscsi Connect(string portal, string target, int lun, string? user = null, string? secret = null)
    {
        Tools.Require("iscsi-inq", "libiscsi-bin");
        var context = iscsi_create_context("iqn.2007-10.com.github:sahlberg:libiscsi:interop-test");
        if (context == IntPtr.Zero)
        {
            throw new InvalidOperationException("iscsi_create_context failed");
        }
        var session = new Libiscsi(context);
        session.Check(iscsi_set_targetname(context, target), "set target name");
        session.Check(iscsi_set_session_type(context, SessionNormal), "set session type");
        if (user is not null)
        {
            session.Check(iscsi_set_initiator_username_pwd(context, user, secret!), "set CHAP account");
        }
        session.Check(iscsi_full_connect_sync(context, portal, lun), $"login to {target} at {portal}");
        session.Lun = lun;
        return session;
    }

    /// <summary>The LUN logged in to.</summary>
    public int Lun { get; private set; }

    /// <summary>READ(16) of <paramref name="blocks"/> 512-byte blocks into <paramref name="destination"/>.</summary>
    public void Read16(ulong lba, int blocks, byte[] destination)
    {
        if (TryRead16(lba, blocks, destination) is var status and not 0)
        {
            throw new InvalidOperationException($"libiscsi: READ(16) at {lba} ended with SCSI status {status}");
        }
    }

    /// <summary>READ(16) that returns the SCSI status (0 GOOD, 2 CHECK CONDITION, ...) instead of failing on it.</summary>
    public int TryRead16(ulong lba, int blocks, byte[] destination)
    {
        var pin = GCHandle.Alloc(destination, GCHandleType.Pinned);
        try
        {
            var iov = new ScsiIovec { Base = pin.AddrOfPinnedObject(), Length = (nuint)(blocks * 512) };
            var task = iscsi_read16_iov_sync(_context, Lun, lba, (uint)(blocks * 512), 512, 0, 0, 0, 0, 0, ref iov, 1);
            if (task == IntPtr.Zero)
            {
                throw new InvalidOperationException($"libiscsi: READ(16) at {lba} failed: {Marshal.PtrToStringUTF8(iscsi_get_error(_context))}");
            }
            var status = Marshal.ReadInt32(task); // struct scsi_task starts with int status
            scsi_free_scsi_task(task);
            return status;
        }
        finally
        {
            pin.Free();
        }
    }

    /// <summary>WRITE(16) of <paramref name="data"/> (whole 512-byte blocks).</summary>
    public void Write16(ulong lba, byte[] data) =>
        CheckTask(iscsi_write16_sync(_context, Lun, lba, data, (uint)data.Length, 512, 0, 0, 0, 0, 0), $"WRITE(16) at {lba}");

    /// <summary>SYNCHRONIZE CACHE(10) of the whole LUN.</summary>
    public void SynchronizeCache() => CheckTask(iscsi_synchronizecache10_sync(_context, Lun, 0, 0, 0, 0), "SYNCHRONIZE CACHE");

    /// <summary>Logs out and frees the context.</summary>
    public void Dispose()
    {
        iscsi_logout_sync(_context);
        iscsi_destroy_context(_context);
    }

    private void Check(int rc, string what)
    {
        if (rc != 0)
        {
            throw new InvalidOperationException($"libiscsi: {what} failed: {Marshal.PtrToStringUTF8(iscsi_get_error(_context))}");
        }
    }

    private void CheckTask(IntPtr task, string what)
    {
        if (task == IntPtr.Zero)
        {
            throw new InvalidOperationException($"libiscsi: {what} failed: {Marshal.PtrToStringUTF8(iscsi_get_error(_context))}");
        }
        var status = Marshal.ReadInt32(task); // struct scsi_task starts with int status (SCSI_STATUS_GOOD = 0)
        scsi_free_scsi_task(task);
        if (status != 0)
        {
            throw new InvalidOperationException($"libiscsi: {what} ended with SCSI status {status}");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ScsiIovec
    {
        public IntPtr Base;
        public nuint Length;
    }

    [DllImport(Library)]
    private static extern IntPtr iscsi_create_context([MarshalAs(UnmanagedType.LPUTF8Str)] string initiatorName);

    [DllImport(Library)]
    private static extern int iscsi_destroy_context(IntPtr context);

    [DllImport(Library)]
    private static extern int iscsi_set_targetname(IntPtr context, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    [DllImport(Library)]
    private static extern int iscsi_set_session_type(IntPtr context, int type);

    [DllImport(Library)]
    private static extern int iscsi_set_initiator_username_pwd(IntPtr context, [MarshalAs(UnmanagedType.LPUTF8Str)] string user, [MarshalAs(UnmanagedType.LPUTF8Str)] string password);

    [DllImport(Library)]
    private static extern int iscsi_full_connect_sync(IntPtr context, [MarshalAs(UnmanagedType.LPUTF8Str)] string portal, int lun);

    [DllImport(Library)]
    private static extern int iscsi_logout_sync(IntPtr context);

    [DllImport(Library)]
    private static extern IntPtr iscsi_get_error(IntPtr context);

    [DllImport(Library)]
    private static extern IntPtr iscsi_read16_iov_sync(IntPtr context, int lun, ulong lba, uint length, int blockSize, int rdprotect,
        int dpo, int fua, int fuaNv, int group, ref ScsiIovec iov, int niov);

    [DllImport(Library)]
    private static extern IntPtr iscsi_write16_sync(IntPtr context, int lun, ulong lba, byte[] data, uint length, int blockSize,
        int wrprotect, int dpo, int fua, int fuaNv, int group);

    [DllImport(Library)]
    private static extern IntPtr iscsi_synchronizecache10_sync(IntPtr context, int lun, int lba, int blocks, int syncNv, int immed);

    [DllImport(Library)]
    private static extern void scsi_free_scsi_task(IntPtr task);
}
