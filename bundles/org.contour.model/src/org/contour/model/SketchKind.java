/**
 */
package org.contour.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sketch Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.contour.model.ContourPackage#getSketchKind()
 * @model
 * @generated
 */
public enum SketchKind implements Enumerator {
	/**
	 * The '<em><b>BRUSH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRUSH_VALUE
	 * @generated
	 * @ordered
	 */
	BRUSH(0, "BRUSH", "BRUSH"),

	/**
	 * The '<em><b>POLYGON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYGON_VALUE
	 * @generated
	 * @ordered
	 */
	POLYGON(1, "POLYGON", "POLYGON"),

	/**
	 * The '<em><b>ERASER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERASER_VALUE
	 * @generated
	 * @ordered
	 */
	ERASER(2, "ERASER", "ERASER");

	/**
	 * The '<em><b>BRUSH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRUSH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRUSH_VALUE = 0;

	/**
	 * The '<em><b>POLYGON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYGON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLYGON_VALUE = 1;

	/**
	 * The '<em><b>ERASER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERASER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ERASER_VALUE = 2;

	/**
	 * An array of all the '<em><b>Sketch Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SketchKind[] VALUES_ARRAY =
		new SketchKind[] {
			BRUSH,
			POLYGON,
			ERASER,
		};

	/**
	 * A public read-only list of all the '<em><b>Sketch Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SketchKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sketch Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SketchKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SketchKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sketch Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SketchKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SketchKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sketch Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SketchKind get(int value) {
		switch (value) {
			case BRUSH_VALUE: return BRUSH;
			case POLYGON_VALUE: return POLYGON;
			case ERASER_VALUE: return ERASER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SketchKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SketchKind
