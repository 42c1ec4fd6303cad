/* TEST ONLY, never shipped: a bcryptprimitives.dll for Wine 8, which lacks
 * ProcessPrng (Rust's standard library imports it to seed HashMap keys and
 * friends; real Windows 10 and later have it). Placed beside the .exe under
 * test by scripts/test-windows.sh; ProcessPrng forwards to RtlGenRandom
 * (SystemFunction036 in advapi32), which Wine does implement. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
