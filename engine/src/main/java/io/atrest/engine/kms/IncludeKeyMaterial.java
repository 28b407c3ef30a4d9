package io.atrest.engine.kms;

/**
 * Which key materials ListKeyRotations lists: those made by rotations ({@code ROTATIONS_ONLY}, the
 * default), or also the first key material and imported material pending rotation ({@code
 * ALL_KEY_MATERIAL}).
 */
public enum IncludeKeyMaterial {
  ALL_KEY_MATERIAL,
  ROTATIONS_ONLY
}
