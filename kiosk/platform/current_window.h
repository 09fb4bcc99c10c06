// How code that GLFW or ImGui calls without a pointer to our state finds the window it serves:
// the window whose GL context is current on this thread (glfwGetCurrentContext, GLFW's own
// per-thread state) and that window's user pointer (glfwSetWindowUserPointer, set by the
// Backend). The Backend keeps a window's context current while it draws it and the first
// window's between calls, so GLFW's monitor callback (which carries no user pointer) and the
// note-shape ImDrawCallback (whose only datum is the UI's batch) land in the right window.
#pragma once

namespace kiosk::platform {

class NoteShapes;

/// The note-shape objects of the window whose GL context is current, or nullptr when no
/// Backend window's context is current.
NoteShapes* current_note_shapes();

}  // namespace kiosk::platform
